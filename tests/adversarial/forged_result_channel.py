# expect: error
# Writes a hand-made "everything passed" message to every open descriptor, then exits at once.
import json
import os
import struct

header = json.dumps({"type": "result", "verdict": "passed", "status": "passed", "load": None, "entry_found": True, "cases": [], "blobs": []}).encode()
message = struct.pack("<4sIQ", b"TDJ1", len(header), 0) + header
for fd in range(3, 64):
    try:
        os.write(fd, message)
    except OSError:
        pass
os._exit(0)


def pairwise_distances(a, b):
    return a

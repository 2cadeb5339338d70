# expect: error
import glob
import os


def pairwise_distances(a, b):
    candidates = glob.glob("/root/.torchdojo/*") + glob.glob("/tmp/pytest-of-*/**/progress.db", recursive=True)
    for path in candidates:
        print(open(path, "rb").read(100))
    raise FileNotFoundError(f"found {len(candidates)} files")

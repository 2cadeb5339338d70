# expect: memory_exceeded
def pairwise_distances(a, b):
    hoard = []
    while True:
        hoard.append(bytearray(512 * 1024 * 1024))

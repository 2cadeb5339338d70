# expect: error
def pairwise_distances(a, b):
    with open("big.bin", "wb") as handle:
        for _ in range(1024):
            handle.write(b"\0" * (1024 * 1024))
    return a

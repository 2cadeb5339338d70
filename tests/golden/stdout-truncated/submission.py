def pairwise_distances(a, b):
    for step in range(5000):
        print("debug", step, "x" * 100)
    return ((a[:, None] - b[None]) ** 2).sum(-1).sqrt()

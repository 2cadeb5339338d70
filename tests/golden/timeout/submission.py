def pairwise_distances(a, b):
    while True:
        pass

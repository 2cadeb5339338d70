# expect: failed
def pairwise_distances(a, b):
    value = []
    for _ in range(5000):
        value = [value]
    return value

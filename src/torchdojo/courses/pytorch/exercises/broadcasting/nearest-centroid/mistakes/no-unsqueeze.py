# expect: error runs : must match the size
def nearest_centroid(x, centroids):
    distances = ((x - centroids) ** 2).sum(-1)
    return distances.argmin(dim=-1)

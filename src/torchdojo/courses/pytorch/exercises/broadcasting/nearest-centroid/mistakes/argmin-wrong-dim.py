# expect: error shape : which axis you reduce
def nearest_centroid(x, centroids):
    distances = ((x[:, None, :] - centroids[None, :, :]) ** 2).sum(-1)
    return distances.argmin(dim=0)

# expect: error values : height axis
def normalize_channels(images, mean, std):
    return (images - mean[:, None]) / std[:, None]

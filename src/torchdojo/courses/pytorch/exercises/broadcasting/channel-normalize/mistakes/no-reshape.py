# expect: error runs : must match the size
def normalize_channels(images, mean, std):
    return (images - mean) / std

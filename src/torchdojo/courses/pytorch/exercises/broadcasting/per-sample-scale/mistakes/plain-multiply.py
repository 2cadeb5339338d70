# expect: error runs : must match the size
def scale_samples(images, scale):
    return images * scale

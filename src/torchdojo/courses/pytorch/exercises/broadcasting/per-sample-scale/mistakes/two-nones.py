# expect: error values : channel axis
def scale_samples(images, scale):
    return images * scale[:, None, None]

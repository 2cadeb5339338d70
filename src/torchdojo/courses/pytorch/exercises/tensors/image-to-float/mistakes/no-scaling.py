# expect: failed values : differs from the reference
def image_to_float(img):
    return img.permute(2, 0, 1).float()

# expect: failed shape : wrong order
def image_to_float(img):
    return img.float() / 255

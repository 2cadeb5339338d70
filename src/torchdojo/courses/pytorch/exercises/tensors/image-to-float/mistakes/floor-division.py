# expect: failed dtype : uint8
def image_to_float(img):
    return img.permute(2, 0, 1) // 255

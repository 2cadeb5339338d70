# expect: failed shape : expected (3, 4, 4)
def center_crop(img, height, width):
    top = (img.shape[1] - height) // 2
    left = (img.shape[2] - width) // 2
    return img[top : top + height, left : left + width]

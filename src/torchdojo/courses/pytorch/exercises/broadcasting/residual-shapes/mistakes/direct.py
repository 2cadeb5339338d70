# expect: failed shape : accidental broadcast
def residuals(pred, target):
    return pred - target

# expect: failed shape : a size-1 dimension is missing
def residuals(pred, target):
    return pred.squeeze() - target.squeeze()

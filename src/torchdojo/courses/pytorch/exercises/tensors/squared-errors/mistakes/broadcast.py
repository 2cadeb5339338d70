# expect: failed shape : accidental broadcast
def squared_errors(pred, target):
    return (pred - target) ** 2

# expect: failed shape : extra size-1 dimension
def squared_errors(pred, target):
    return (pred - target[:, None]) ** 2

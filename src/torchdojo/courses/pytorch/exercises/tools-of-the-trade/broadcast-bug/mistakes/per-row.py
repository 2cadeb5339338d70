# expect: failed shape : has shape (4,)
def batch_mse(pred, target):
    return (pred.reshape(-1) - target.reshape(-1)) ** 2

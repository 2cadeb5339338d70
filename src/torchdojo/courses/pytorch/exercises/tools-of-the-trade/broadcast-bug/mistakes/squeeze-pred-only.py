# expect: failed values : broadcasts to (B, B)
def batch_mse(pred, target):
    return ((pred.squeeze(1) - target) ** 2).mean()

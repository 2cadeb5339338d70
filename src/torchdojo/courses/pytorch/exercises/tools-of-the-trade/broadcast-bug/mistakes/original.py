# expect: failed values : every prediction against every target
def batch_mse(pred, target):
    return ((pred - target) ** 2).mean()

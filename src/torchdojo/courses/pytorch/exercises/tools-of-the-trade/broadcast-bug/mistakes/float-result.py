# expect: failed type : expected a tensor
def batch_mse(pred, target):
    return ((pred.reshape(-1) - target.reshape(-1)) ** 2).mean().item()

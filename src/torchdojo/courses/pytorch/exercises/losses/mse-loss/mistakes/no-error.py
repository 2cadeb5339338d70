# expect: failed runs : must raise ValueError
def mse_loss(prediction, target, reduction="mean"):
    squared = (prediction - target) ** 2
    if reduction == "none":
        return squared
    if reduction == "sum":
        return squared.sum()
    return squared.mean()

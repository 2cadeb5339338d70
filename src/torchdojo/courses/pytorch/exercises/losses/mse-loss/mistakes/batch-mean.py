# expect: failed values : differs from the reference
def mse_loss(prediction, target, reduction="mean"):
    squared = (prediction - target) ** 2
    if reduction == "none":
        return squared
    if reduction == "sum":
        return squared.sum()
    if reduction == "mean":
        return squared.sum() / prediction.shape[0]
    raise ValueError(reduction)

# expect: failed values : differs from the reference
def l1_loss(prediction, target, reduction="mean"):
    error = prediction - target
    if reduction == "none":
        return error
    if reduction == "sum":
        return error.sum()
    if reduction == "mean":
        return error.mean()
    raise ValueError(reduction)

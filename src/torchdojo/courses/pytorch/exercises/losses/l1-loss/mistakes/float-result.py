# expect: failed type : expected a tensor
def l1_loss(prediction, target, reduction="mean"):
    absolute = (prediction - target).abs()
    if reduction == "none":
        return absolute
    if reduction == "sum":
        return absolute.sum().item()
    if reduction == "mean":
        return absolute.mean().item()
    raise ValueError(reduction)

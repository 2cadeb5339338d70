# expect: failed values : is wrong
import torch


def first_nonfinite(losses):
    if len(losses) == 0:
        return -1
    return int((~torch.isfinite(losses)).int().argmax())

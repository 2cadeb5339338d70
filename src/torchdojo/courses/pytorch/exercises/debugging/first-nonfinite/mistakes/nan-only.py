# expect: failed values : is wrong
import torch


def first_nonfinite(losses):
    bad = torch.isnan(losses).nonzero()
    return int(bad[0, 0]) if len(bad) else -1

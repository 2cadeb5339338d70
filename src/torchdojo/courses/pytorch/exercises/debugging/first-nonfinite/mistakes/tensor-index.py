# expect: failed type : expected an int
import torch


def first_nonfinite(losses):
    bad = (~torch.isfinite(losses)).nonzero()
    return bad[0, 0] if len(bad) else -1

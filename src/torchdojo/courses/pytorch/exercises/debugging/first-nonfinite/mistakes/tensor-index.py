# expect: failed type : where a Python int is expected
import torch


def first_nonfinite(losses):
    bad = (~torch.isfinite(losses)).nonzero()
    return bad[0, 0] if len(bad) else -1

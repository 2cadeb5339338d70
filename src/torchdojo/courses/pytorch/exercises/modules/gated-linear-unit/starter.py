from torch import nn


def make_glu(d_in: int, d_out: int) -> nn.Module:
    """Linear(d_in, 2*d_out), split in halves a, b along the last dim, return a * sigmoid(b)."""
    raise NotImplementedError

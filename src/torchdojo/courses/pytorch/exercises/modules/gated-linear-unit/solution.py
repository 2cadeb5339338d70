import torch
from torch import nn


class GLU(nn.Module):
    def __init__(self, d_in: int, d_out: int):
        super().__init__()
        self.proj = nn.Linear(d_in, 2 * d_out)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        value, gate = self.proj(x).chunk(2, dim=-1)  # (..., 2*d_out) -> 2 × (..., d_out)
        return value * torch.sigmoid(gate)  # (..., d_out)


def make_glu(d_in: int, d_out: int) -> nn.Module:
    """Linear(d_in, 2*d_out), split in halves a, b along the last dim, return a * sigmoid(b)."""
    return GLU(d_in, d_out)

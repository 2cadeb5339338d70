from torch import nn


def make_conv_block(c_in: int, c_out: int) -> nn.Module:
    """Conv2d(3×3, same size) → BatchNorm2d → ReLU, mapping (B, c_in, H, W) to (B, c_out, H, W)."""
    raise NotImplementedError

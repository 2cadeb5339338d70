from torch import nn


def make_conv_block(c_in: int, c_out: int) -> nn.Module:
    """Conv2d(3×3, same size) → BatchNorm2d → ReLU, mapping (B, c_in, H, W) to (B, c_out, H, W)."""
    return nn.Sequential(
        nn.Conv2d(c_in, c_out, kernel_size=3, padding=1),  # (B, c_in, H, W) -> (B, c_out, H, W)
        nn.BatchNorm2d(c_out),  # per channel, over B, H, W
        nn.ReLU(),
    )

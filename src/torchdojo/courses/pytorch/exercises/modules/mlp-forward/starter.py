import torch


def mlp_forward(
    x: torch.Tensor, w1: torch.Tensor, b1: torch.Tensor, w2: torch.Tensor, b2: torch.Tensor
) -> torch.Tensor:
    """x: (B, D_in); w1: (H, D_in), b1: (H,); w2: (D_out, H), b2: (D_out,) -> (B, D_out)."""
    raise NotImplementedError

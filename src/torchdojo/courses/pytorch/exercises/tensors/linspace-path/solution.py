import torch


def linspace_path(a: torch.Tensor, b: torch.Tensor, steps: int) -> torch.Tensor:
    """a, b: (D,) -> (steps, D) points from a to b, both ends included."""
    t = torch.linspace(0, 1, steps, dtype=a.dtype, device=a.device)  # (S,), 0 and 1 included
    return a + t[:, None] * (b - a)  # (S, 1) * (D,) -> (S, D)

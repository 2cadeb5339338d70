import torch


def layer_norm(x: torch.Tensor, weight: torch.Tensor, bias: torch.Tensor, eps: float = 1e-5) -> torch.Tensor:
    """x: (..., C); weight, bias: (C,) -> (..., C), normalized over the last dimension."""
    mean = x.mean(dim=-1, keepdim=True)  # (..., 1)
    var = x.var(dim=-1, keepdim=True, unbiased=False)  # (..., 1), biased: divides by C
    normalized = (x - mean) / torch.sqrt(var + eps)  # (..., C), out of place
    return normalized * weight + bias  # (C,) broadcasts over the leading dimensions

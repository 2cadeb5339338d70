import torch


def attention_head(
    x: torch.Tensor, w_q: torch.Tensor, w_k: torch.Tensor, w_v: torch.Tensor, causal: bool = False
) -> torch.Tensor:
    """x: (B, T, C); w_q, w_k, w_v: (D, C) -> (B, T, D), one head of scaled dot-product self-attention."""
    raise NotImplementedError

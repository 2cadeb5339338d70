import torch


def clip_by_global_norm(grads: list[torch.Tensor], max_norm: float) -> tuple[list[torch.Tensor], float]:
    """Scale all gradients together so their global L2 norm is at most max_norm; also return that norm."""
    raise NotImplementedError

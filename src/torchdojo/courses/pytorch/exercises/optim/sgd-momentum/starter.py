import torch


def sgd_momentum_step(
    params: list[torch.Tensor],
    grads: list[torch.Tensor],
    buffers: list[torch.Tensor] | None,
    lr: float,
    momentum: float,
) -> tuple[list[torch.Tensor], list[torch.Tensor]]:
    """One SGD-with-momentum step; buffers is None on the first step. Returns (new_params, new_buffers)."""
    raise NotImplementedError

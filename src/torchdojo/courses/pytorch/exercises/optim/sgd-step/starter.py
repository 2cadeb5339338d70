import torch


def sgd_step(
    params: list[torch.Tensor], grads: list[torch.Tensor], lr: float, weight_decay: float = 0.0
) -> list[torch.Tensor]:
    """The parameters after one plain SGD step (optionally with L2 weight decay), as new tensors."""
    raise NotImplementedError

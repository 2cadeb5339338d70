import torch


def sgd_step(
    params: list[torch.Tensor], grads: list[torch.Tensor], lr: float, weight_decay: float = 0.0
) -> list[torch.Tensor]:
    """The parameters after one plain SGD step (optionally with L2 weight decay), as new tensors."""
    # the reference runs torch.optim.SGD itself on copies of the parameters
    copies = [p.detach().clone().requires_grad_(True) for p in params]
    for copy, grad in zip(copies, grads):
        copy.grad = grad.clone()
    if copies:
        torch.optim.SGD(copies, lr=lr, weight_decay=weight_decay).step()
    return [copy.detach() for copy in copies]

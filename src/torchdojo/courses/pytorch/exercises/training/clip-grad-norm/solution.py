import torch


def clip_by_global_norm(grads: list[torch.Tensor], max_norm: float) -> tuple[list[torch.Tensor], float]:
    """Scale all gradients together so their global L2 norm is at most max_norm; also return that norm."""
    # the reference lets torch.nn.utils.clip_grad_norm_ do it, on parameters that carry copies of the grads
    params = []
    for grad in grads:
        param = torch.zeros_like(grad, requires_grad=True)
        param.grad = grad.clone()
        params.append(param)
    total = torch.nn.utils.clip_grad_norm_(params, max_norm)  # 0-dim tensor: the norm before clipping
    return [param.grad for param in params], float(total)

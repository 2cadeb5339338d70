import torch


def sgd_momentum_step(
    params: list[torch.Tensor],
    grads: list[torch.Tensor],
    buffers: list[torch.Tensor] | None,
    lr: float,
    momentum: float,
) -> tuple[list[torch.Tensor], list[torch.Tensor]]:
    """One SGD-with-momentum step; buffers is None on the first step. Returns (new_params, new_buffers)."""
    # the reference loads the buffers into a real torch.optim.SGD and lets it take the step
    copies = [p.detach().clone().requires_grad_(True) for p in params]
    optimizer = torch.optim.SGD(copies, lr=lr, momentum=momentum)
    for index, (copy, grad) in enumerate(zip(copies, grads)):
        copy.grad = grad.clone()
        if buffers is not None:
            optimizer.state[copy]["momentum_buffer"] = buffers[index].clone()
    optimizer.step()
    # with momentum 0, torch's SGD keeps no buffer; by the rule above, the buffer is then the gradient
    if momentum == 0:
        new_buffers = [grad.clone() for grad in grads]
    else:
        new_buffers = [optimizer.state[copy]["momentum_buffer"].clone() for copy in copies]
    return [copy.detach() for copy in copies], new_buffers

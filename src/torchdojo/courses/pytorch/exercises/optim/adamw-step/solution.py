import torch


def adamw_step(
    params: list[torch.Tensor],
    grads: list[torch.Tensor],
    exp_avgs: list[torch.Tensor],
    exp_avg_sqs: list[torch.Tensor],
    step: int,
    lr: float,
    betas: tuple[float, float],
    eps: float,
    weight_decay: float,
) -> tuple[list[torch.Tensor], list[torch.Tensor], list[torch.Tensor]]:
    """One AdamW step (decoupled weight decay); returns (new_params, new_exp_avgs, new_exp_avg_sqs)."""
    # the reference hands the state to a real torch.optim.AdamW, which counts step - 1 steps so far
    copies = [p.detach().clone().requires_grad_(True) for p in params]
    optimizer = torch.optim.AdamW(
        copies, lr=lr, betas=tuple(betas), eps=eps, weight_decay=weight_decay, foreach=False
    )
    for copy, grad, m, v in zip(copies, grads, exp_avgs, exp_avg_sqs):
        copy.grad = grad.clone()
        optimizer.state[copy] = {
            "step": torch.tensor(float(step - 1)),
            "exp_avg": m.clone(),
            "exp_avg_sq": v.clone(),
        }
    optimizer.step()
    state = [optimizer.state[copy] for copy in copies]
    return (
        [copy.detach() for copy in copies],
        [entry["exp_avg"].clone() for entry in state],
        [entry["exp_avg_sq"].clone() for entry in state],
    )

import torch


def td_gradient(
    w: torch.Tensor, states: torch.Tensor, rewards: torch.Tensor, next_states: torch.Tensor, gamma: float
) -> torch.Tensor:
    """dL/dw for L = mean((states @ w - (rewards + gamma * next_states @ w)) ** 2), the target held constant."""
    w_leaf = w.detach().clone().requires_grad_(True)  # (D,): our own leaf; the caller's w is untouched
    prediction = states @ w_leaf  # (N, D) @ (D,) -> (N,), part of the graph
    with torch.no_grad():  # the target is a constant: no graph is recorded here
        target = rewards + gamma * (next_states @ w_leaf)  # (N,)
    loss = ((prediction - target) ** 2).mean()  # 0-dim
    (grad,) = torch.autograd.grad(loss, w_leaf)  # (D,)
    return grad

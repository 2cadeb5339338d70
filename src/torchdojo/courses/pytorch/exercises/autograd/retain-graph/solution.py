import torch


def two_gradients(w: torch.Tensor, x: torch.Tensor):
    """(d loss_a / dw, d loss_b / dw) for h = tanh(x @ w), loss_a = h.sum(), loss_b = (h ** 2).mean()."""
    w_leaf = w.detach().clone().requires_grad_(True)  # (I, H) leaf of our own
    h = torch.tanh(x @ w_leaf)  # (B, I) @ (I, H) -> (B, H), computed once
    loss_a = h.sum()
    loss_b = (h**2).mean()
    loss_a.backward(retain_graph=True)  # keep h's graph for the second pass
    grad_a = w_leaf.grad.clone()  # (I, H): a copy, because the next backward adds into .grad
    w_leaf.grad = None  # start the second gradient from nothing
    loss_b.backward()
    return grad_a, w_leaf.grad  # each (I, H)

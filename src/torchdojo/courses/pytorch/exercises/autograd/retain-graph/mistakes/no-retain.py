# expect: error runs : backward through the graph a second time
import torch


def two_gradients(w, x):
    w_leaf = w.detach().clone().requires_grad_(True)
    h = torch.tanh(x @ w_leaf)
    h.sum().backward()
    grad_a = w_leaf.grad.clone()
    w_leaf.grad = None
    (h ** 2).mean().backward()
    return grad_a, w_leaf.grad

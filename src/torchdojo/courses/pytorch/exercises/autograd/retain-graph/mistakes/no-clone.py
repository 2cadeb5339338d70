# expect: failed values : sum of both
import torch


def two_gradients(w, x):
    w_leaf = w.detach().clone().requires_grad_(True)
    h = torch.tanh(x @ w_leaf)
    h.sum().backward(retain_graph=True)
    grad_a = w_leaf.grad
    (h ** 2).mean().backward()
    return grad_a, w_leaf.grad - grad_a

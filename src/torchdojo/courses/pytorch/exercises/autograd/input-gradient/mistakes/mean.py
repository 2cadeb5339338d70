# expect: failed values : averaged the scores
import torch


def input_gradient(x, w1, w2):
    x_leaf = x.detach().clone().requires_grad_(True)
    score = (torch.tanh(x_leaf @ w1) @ w2).mean()
    (grad,) = torch.autograd.grad(score, x_leaf)
    return grad

# expect: failed values : central differences
import torch


def numerical_gradient(A, x, eps):
    f = lambda p: torch.tanh(A @ p).sum()
    grad = torch.zeros_like(x)
    for i in range(len(x)):
        shifted = x.clone()
        shifted[i] += eps
        grad[i] = (f(shifted) - f(x)) / eps
    return grad

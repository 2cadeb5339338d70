# expect: failed values : differs from the reference
import torch


def numerical_gradient(A, x, eps):
    f = lambda p: torch.tanh(A @ p).sum()
    grad = torch.empty_like(x)
    for i in range(len(x)):
        old = x[i].item()
        x[i] = old + eps
        plus = f(x)
        x[i] = old - eps
        minus = f(x)
        grad[i] = (plus - minus) / (2 * eps)
    return grad

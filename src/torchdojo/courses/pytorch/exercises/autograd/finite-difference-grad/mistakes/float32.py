# expect: failed dtype : float32; expected float64
import torch


def numerical_gradient(A, x, eps):
    A, x = A.float(), x.float()
    steps = eps * torch.eye(len(x))
    f = lambda p: torch.tanh(p @ A.T).sum(dim=1)
    return (f(x + steps) - f(x - steps)) / (2 * eps)

# expect: failed values : one-sided
import torch


def numeric_grad(w, x, y, eps):
    base = ((x @ w - y) ** 2).mean()
    slopes = torch.zeros_like(w)
    for i in range(w.shape[0]):
        up = w.clone()
        up[i] += eps
        slopes[i] = (((x @ up - y) ** 2).mean() - base) / eps
    return slopes

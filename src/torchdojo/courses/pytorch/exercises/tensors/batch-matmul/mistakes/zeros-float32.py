# expect: failed dtype : expected float64
import torch


def batch_matmul(a, b):
    out = torch.zeros(a.shape[0], a.shape[1], b.shape[2])
    for i in range(a.shape[0]):
        out[i] = a[i] @ b[i]
    return out

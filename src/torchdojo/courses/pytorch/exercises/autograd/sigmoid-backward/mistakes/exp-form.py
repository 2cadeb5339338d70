# expect: failed finite : NaN
import torch


def sigmoid_backward(x, grad_out):
    e = torch.exp(-x)
    return grad_out * e / (1 + e) ** 2

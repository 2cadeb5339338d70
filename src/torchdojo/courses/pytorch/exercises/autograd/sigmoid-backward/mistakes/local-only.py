# expect: failed values : multiply it by grad_out
import torch


def sigmoid_backward(x, grad_out):
    s = torch.sigmoid(x)
    return s * (1 - s)

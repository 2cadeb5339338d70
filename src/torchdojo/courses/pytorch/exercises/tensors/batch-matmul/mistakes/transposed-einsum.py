# expect: failed shape : wrong order
import torch


def batch_matmul(a, b):
    return torch.einsum("bnk,bkm->bmn", a, b)

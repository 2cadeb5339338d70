# expect: failed values : bits per value
import torch


def memory_gb(n_params, dtype, training):
    bits = torch.finfo(getattr(torch, dtype)).bits if dtype != "int8" else 8
    return n_params * bits * (4 if training else 1) / 1e9

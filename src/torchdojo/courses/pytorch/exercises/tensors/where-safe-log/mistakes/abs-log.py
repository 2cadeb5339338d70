# expect: failed values : the condition is x > 0
import torch


def safe_log(x):
    return torch.where(x != 0, x.abs().log(), 0.0)

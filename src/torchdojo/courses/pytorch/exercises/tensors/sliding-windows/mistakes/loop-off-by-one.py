# expect: error shape : wrong size
import torch


def sliding_windows(x, size, step):
    windows = [x[:, start : start + size] for start in range(0, x.shape[1] - size, step)]
    return torch.stack(windows, dim=1)

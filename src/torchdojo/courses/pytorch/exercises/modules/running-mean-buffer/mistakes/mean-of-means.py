# expect: failed values : weight each batch by its size
import torch
from torch import nn


class RunningMean(nn.Module):
    def __init__(self, num_features):
        super().__init__()
        self.register_buffer("mean", torch.zeros(num_features))
        self.register_buffer("count", torch.zeros((), dtype=torch.long))
        self.batches = 0

    def forward(self, x):
        self.batches += 1
        self.mean = self.mean + (x.mean(dim=0) - self.mean) / self.batches
        self.count = self.count + x.shape[0]
        return x - self.mean


def running_mean_state(num_features, batches):
    module = RunningMean(num_features)
    for batch in batches:
        module(batch)
    return {"state": dict(module.state_dict()), "n_parameters": sum(p.numel() for p in module.parameters())}

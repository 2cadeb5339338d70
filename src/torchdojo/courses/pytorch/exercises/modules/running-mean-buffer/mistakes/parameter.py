# expect: failed values : 'n_parameters'
import torch
from torch import nn


class RunningMean(nn.Module):
    def __init__(self, num_features):
        super().__init__()
        self.mean = nn.Parameter(torch.zeros(num_features), requires_grad=False)
        self.register_buffer("count", torch.zeros((), dtype=torch.long))

    def forward(self, x):
        n = self.count + x.shape[0]
        self.mean.copy_(self.mean + (x.sum(dim=0) - x.shape[0] * self.mean) / n)
        self.count = n
        return x - self.mean


def running_mean_state(num_features, batches):
    module = RunningMean(num_features)
    for batch in batches:
        module(batch)
    return {"state": dict(module.state_dict()), "n_parameters": sum(p.numel() for p in module.parameters())}

import torch
from torch import nn


class RunningMean(nn.Module):
    def __init__(self, num_features: int):
        super().__init__()
        self.register_buffer("mean", torch.zeros(num_features))  # (F,): saved, never trained
        self.register_buffer("count", torch.zeros((), dtype=torch.long))  # (): rows seen so far

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if self.training:
            with torch.no_grad():
                n = self.count + x.shape[0]
                if n > 0:
                    self.mean = self.mean + (x.sum(dim=0) - x.shape[0] * self.mean) / n  # (F,)
                self.count = n
        return x - self.mean  # (B, F) - (F,) -> (B, F)


def running_mean_state(num_features: int, batches: list[torch.Tensor]) -> dict:
    """Feed the batches to a running-mean module; return its state_dict (as a dict) and parameter count."""
    module = RunningMean(num_features)
    for batch in batches:
        module(batch)
    return {
        "state": dict(module.state_dict()),
        "n_parameters": sum(p.numel() for p in module.parameters()),  # 0: buffers are not parameters
    }

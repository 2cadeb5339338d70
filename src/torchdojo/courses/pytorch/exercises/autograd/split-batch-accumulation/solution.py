import torch
import torch.nn.functional as F
from torch import nn


def accumulate_two_halves(model: nn.Module, x: torch.Tensor, y: torch.Tensor) -> None:
    """Leave the gradients of F.mse_loss(model(x), y) in the model's .grad, using two micro-batches."""
    batch = x.shape[0]
    half = (batch + 1) // 2  # the first micro-batch takes the extra row when B is odd
    for part_x, part_y in ((x[:half], y[:half]), (x[half:], y[half:])):
        share = part_x.shape[0] / batch  # this micro-batch's share of the full-batch mean
        loss = F.mse_loss(model(part_x), part_y) * share  # (n_i, O) against (n_i, O) -> 0-dim
        loss.backward()  # adds into .grad; the two shares sum to the full-batch gradient

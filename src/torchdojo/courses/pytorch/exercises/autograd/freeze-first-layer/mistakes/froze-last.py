# expect: failed behaviour : is a tensor; expected None
import torch.nn.functional as F


def backward_with_frozen_first(model, x, y):
    model[-1].requires_grad_(False)
    F.mse_loss(model(x), y).backward()

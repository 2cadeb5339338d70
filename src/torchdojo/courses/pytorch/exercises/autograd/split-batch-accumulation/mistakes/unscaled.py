# expect: failed behaviour : the gradients of `model`
import torch.nn.functional as F


def accumulate_two_halves(model, x, y):
    half = (len(x) + 1) // 2
    F.mse_loss(model(x[:half]), y[:half]).backward()
    F.mse_loss(model(x[half:]), y[half:]).backward()

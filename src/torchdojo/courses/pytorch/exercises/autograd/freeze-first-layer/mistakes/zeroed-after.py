# expect: failed behaviour : ['0.weight'] is a tensor; expected None
import torch.nn.functional as F


def backward_with_frozen_first(model, x, y):
    F.mse_loss(model(x), y).backward()
    model[0].weight.grad.zero_()
    model[0].bias.grad.zero_()

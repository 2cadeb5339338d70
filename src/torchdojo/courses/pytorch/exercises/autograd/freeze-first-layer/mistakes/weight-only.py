# expect: failed behaviour : ['0.bias'] is a tensor; expected None
import torch.nn.functional as F


def backward_with_frozen_first(model, x, y):
    model[0].weight.requires_grad = False
    F.mse_loss(model(x), y).backward()

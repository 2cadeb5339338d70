# expect: failed behaviour : differs from the reference
import torch.nn.functional as F


def accumulate_two_halves(model, x, y):
    half = (len(x) + 1) // 2
    for px, py in ((x[:half], y[:half]), (x[half:], y[half:])):
        model.zero_grad()
        (F.mse_loss(model(px), py) * len(px) / len(x)).backward()

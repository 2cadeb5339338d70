# expect: failed behaviour : still tracks gradients
import torch


def train_logistic(x, y, steps=500, lr=0.5):
    w = torch.zeros(x.shape[1], requires_grad=True)
    b = torch.zeros((), requires_grad=True)
    for _ in range(steps):
        loss = torch.nn.functional.binary_cross_entropy_with_logits(x @ w + b, y)
        gw, gb = torch.autograd.grad(loss, (w, b))
        w = w - lr * gw
        b = b - lr * gb
    return w, b

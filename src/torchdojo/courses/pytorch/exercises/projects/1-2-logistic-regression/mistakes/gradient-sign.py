# expect: failed score : held-out accuracy
import torch


def train_logistic(x, y, steps=500, lr=0.5):
    w, b = torch.zeros(x.shape[1]), torch.zeros(())
    for _ in range(steps):
        error = y - torch.sigmoid(x @ w + b)
        w = w - lr * x.T @ error / len(x)
        b = b - lr * error.mean()
    return w, b

# expect: failed shape : wrong order
import torch
import torch.nn.functional as F


def train_raw_mlp(x, y, hidden=64, steps=200, lr=0.5, seed=0):
    generator = torch.Generator().manual_seed(seed)
    w1 = (torch.randn(hidden, 64, generator=generator) / 8).requires_grad_()
    b1 = torch.zeros(hidden, requires_grad=True)
    w2 = (torch.randn(10, hidden, generator=generator) / hidden**0.5).requires_grad_()
    b2 = torch.zeros(10, requires_grad=True)
    for _ in range(steps):
        loss = F.cross_entropy(torch.relu(x @ w1.T + b1) @ w2.T + b2, y)
        loss.backward()
        with torch.no_grad():
            for tensor in (w1, b1, w2, b2):
                tensor -= lr * tensor.grad
                tensor.grad = None
    return {"w1": w1.detach(), "b1": b1.detach(), "w2": w2.detach(), "b2": b2.detach()}

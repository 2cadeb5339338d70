# expect: failed score : held-out accuracy
import torch
import torch.nn.functional as F


def train_raw_mlp(x, y, hidden=64, steps=200, lr=0.5, seed=0):
    params = {"w1": torch.zeros(64, hidden), "b1": torch.zeros(hidden), "w2": torch.zeros(hidden, 10), "b2": torch.zeros(10)}
    for tensor in params.values():
        tensor.requires_grad_(True)
    for _ in range(steps):
        loss = F.cross_entropy(torch.relu(x @ params["w1"] + params["b1"]) @ params["w2"] + params["b2"], y)
        loss.backward()
        with torch.no_grad():
            for tensor in params.values():
                tensor -= lr * tensor.grad
                tensor.grad = None
    return {name: tensor.detach() for name, tensor in params.items()}

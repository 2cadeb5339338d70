# expect: failed type : Python float is expected
import torch


def evaluate(model, loader, criterion):
    model.eval()
    total, samples = 0.0, 0
    for x, y in loader:
        total = total + criterion(model(x), y) * len(x)
        samples += len(x)
    return total / samples

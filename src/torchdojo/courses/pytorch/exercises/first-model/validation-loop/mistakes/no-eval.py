# expect: failed behaviour : model.eval()
import torch


def evaluate(model, loader, criterion):
    total, samples = 0.0, 0
    with torch.no_grad():
        for x, y in loader:
            total += criterion(model(x), y).item() * len(x)
            samples += len(x)
    return total / samples

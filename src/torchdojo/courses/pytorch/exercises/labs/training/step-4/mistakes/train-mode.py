# expect: failed behaviour : model.eval()
import torch


def evaluate(model, loader, criterion):
    total, batches = 0.0, 0
    with torch.no_grad():
        for x, y in loader:
            total += criterion(model(x), y).item()
            batches += 1
    return total / batches

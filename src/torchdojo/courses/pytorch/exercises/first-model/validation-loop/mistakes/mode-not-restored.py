# expect: failed behaviour : training mode
import torch


def evaluate(model, loader, criterion):
    model.eval()  # right for the measurement, but the model stays in eval mode for the next training epoch
    total, samples = 0.0, 0
    with torch.no_grad():
        for x, y in loader:
            total += criterion(model(x), y).item() * len(x)
            samples += len(x)
    return total / samples

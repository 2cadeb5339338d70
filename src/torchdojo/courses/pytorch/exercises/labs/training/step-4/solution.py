import torch


def evaluate(model, loader, criterion) -> float:
    """Mean batch loss over loader in eval mode, without gradients or updates."""
    model.eval()  # dropout off: the same input always gives the same output
    total, batches = 0.0, 0
    with torch.no_grad():  # nothing here will be differentiated
        for x, y in loader:
            total += criterion(model(x), y).item()
            batches += 1
    return total / batches

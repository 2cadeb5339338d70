import torch


def evaluate(model: torch.nn.Module, loader, criterion) -> float:
    """Mean per-sample loss of model over loader, in eval mode and without gradients, as a Python float."""
    was_training = model.training
    model.eval()  # dropout off, batch-norm uses running statistics (and does not update them)
    total, samples = 0.0, 0
    with torch.no_grad():  # no graph: evaluation never calls backward()
        for x, y in loader:  # x: (B, F), y: (B, 1)
            loss = criterion(model(x), y)  # 0-dim tensor: the batch's mean loss
            total += loss.item() * len(x)  # the batch's summed loss, as a Python float
            samples += len(x)
    model.train(was_training)  # leave the model in the mode it came in
    return total / samples

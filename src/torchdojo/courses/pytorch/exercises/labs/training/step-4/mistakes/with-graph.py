# expect: failed behaviour : torch.no_grad()
def evaluate(model, loader, criterion):
    model.eval()
    total, batches = 0.0, 0
    for x, y in loader:  # the forward passes record graphs that are never used
        total += criterion(model(x), y).item()
        batches += 1
    return total / batches

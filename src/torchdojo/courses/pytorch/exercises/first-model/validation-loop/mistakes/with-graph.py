# expect: failed behaviour : torch.no_grad()
def evaluate(model, loader, criterion):
    was_training = model.training
    model.eval()
    total, samples = 0.0, 0
    for x, y in loader:  # no torch.no_grad(): every batch builds a graph nobody differentiates
        total += criterion(model(x), y).item() * len(x)
        samples += len(x)
    model.train(was_training)
    return total / samples

# expect: failed values : mean of the 3 batch losses
def train_one_epoch(model, loader, criterion, optimizer):
    model.train()
    total, seen = 0.0, 0
    for x, y in loader:
        optimizer.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        optimizer.step()
        total += loss.item() * len(x)  # a per-sample mean: differs when the last batch is smaller
        seen += len(x)
    return total / seen

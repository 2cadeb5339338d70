def train_one_epoch(model, loader, criterion, optimizer):
    """One epoch over loader; returns the mean batch loss as a Python float."""
    total = 0
    for x, y in loader:
        prediction = model(x)
        loss = criterion(prediction, y)
        loss.backward()
        optimizer.zero_grad()
        optimizer.step()
        total += loss
    return total / len(loader)

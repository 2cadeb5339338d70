def fit(model, loader, criterion, optimizer, epochs: int) -> list:
    """Train for epochs epochs; return each epoch's mean batch loss, in order."""
    history = []
    for _ in range(epochs):
        model.train()
        total, batches = 0.0, 0
        for x, y in loader:
            optimizer.zero_grad()
            loss = criterion(model(x), y)
            loss.backward()
            optimizer.step()
            total += loss.item()
            batches += 1
        history.append(total / batches)  # one point of the loss curve per epoch
    return history

def train_epoch(model, loader, criterion, optimizer) -> float:
    """One pass over loader with one optimizer step per batch; returns the mean batch loss."""
    model.train()  # dropout on, batch-norm updating, whatever mode the model arrived in
    total, batches = 0.0, 0
    for x, y in loader:  # x: (B, F), y: (B, 1)
        optimizer.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        optimizer.step()
        total += loss.item()
        batches += 1
    return total / batches

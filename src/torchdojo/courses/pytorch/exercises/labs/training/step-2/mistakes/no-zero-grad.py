# expect: failed behaviour : accumulate
def train_epoch(model, loader, criterion, optimizer):
    model.train()
    total, batches = 0.0, 0
    for x, y in loader:
        loss = criterion(model(x), y)
        loss.backward()
        optimizer.step()
        total += loss.item()
        batches += 1
    return total / batches

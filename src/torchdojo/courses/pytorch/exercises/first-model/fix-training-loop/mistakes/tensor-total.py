# expect: failed type : Python float
def train_one_epoch(model, loader, criterion, optimizer):
    model.train()
    total, count = 0, 0
    for x, y in loader:
        optimizer.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        optimizer.step()
        total += loss
        count += 1
    return total / count

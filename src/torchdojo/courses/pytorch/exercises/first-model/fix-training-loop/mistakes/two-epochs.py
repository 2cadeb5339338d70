# expect: failed behaviour : 2 epochs
def train_one_epoch(model, loader, criterion, optimizer):
    model.train()
    total, count = 0.0, 0
    for _ in range(2):  # one epoch is one pass over the loader
        for x, y in loader:
            optimizer.zero_grad()
            loss = criterion(model(x), y)
            loss.backward()
            optimizer.step()
            total += loss.item()
            count += 1
    return total / count

# expect: failed
def fit(model, loader, criterion, optimizer, epochs):
    history = []
    for _ in range(epochs):
        model.train()
        for x, y in loader:
            optimizer.zero_grad()
            loss = criterion(model(x), y)
            loss.backward()
            optimizer.step()
            history.append(loss.item())
    return history

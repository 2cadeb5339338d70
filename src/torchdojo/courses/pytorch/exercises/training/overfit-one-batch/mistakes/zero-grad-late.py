# expect: failed behaviour : between backward() and step()
def overfit_batch(model, x, y, criterion, optimizer, steps):
    model.train()
    losses = []
    for _ in range(steps):
        loss = criterion(model(x), y)
        loss.backward()
        optimizer.zero_grad()
        optimizer.step()
        losses.append(loss.item())
    return losses

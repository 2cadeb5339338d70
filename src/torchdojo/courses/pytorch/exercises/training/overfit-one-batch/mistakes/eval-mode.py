# expect: failed behaviour : eval mode
def overfit_batch(model, x, y, criterion, optimizer, steps):
    losses = []
    for _ in range(steps):
        optimizer.zero_grad()
        loss = criterion(model(x), y)
        loss.backward()
        optimizer.step()
        losses.append(loss.item())
    return losses

# expect: failed behaviour
def train_step(model, x, y, criterion, optimizer):
    optimizer.zero_grad()
    loss = criterion(model(x), y)
    optimizer.step()
    loss.backward()
    return loss.item()

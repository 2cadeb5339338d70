# expect: failed type
def train_step(model, x, y, criterion, optimizer):
    optimizer.zero_grad()
    loss = criterion(model(x), y)
    loss.backward()
    optimizer.step()
    return loss

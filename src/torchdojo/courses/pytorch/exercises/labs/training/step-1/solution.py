def train_step(model, x, y, criterion, optimizer) -> float:
    """One optimisation step on (x, y); returns the loss before the update as a float."""
    optimizer.zero_grad()  # gradients from the previous step must not leak into this one
    loss = criterion(model(x), y)  # forward pass and loss: a scalar tensor with a graph
    loss.backward()  # d loss / d parameter into every .grad
    optimizer.step()  # parameter -= lr * grad (for SGD)
    return loss.item()  # a float; the graph can be freed

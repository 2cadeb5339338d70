def overfit_batch(model, x, y, criterion, optimizer, steps):
    """Take `steps` optimizer steps on one batch; return each step's loss (before the step) as a float."""
    model.train()  # it may arrive in eval mode
    losses = []
    for _ in range(steps):
        optimizer.zero_grad()  # the previous step's gradients go
        loss = criterion(model(x), y)  # 0-dim
        loss.backward()
        optimizer.step()
        losses.append(loss.item())  # a float; the graph is freed
    return losses

def train_one_epoch(model, loader, criterion, optimizer):
    """One epoch over loader; returns the mean batch loss as a Python float."""
    model.train()  # dropout/batch-norm in training behaviour, even if the caller left it in eval mode
    total, batches = 0.0, 0
    for x, y in loader:
        optimizer.zero_grad()  # clear last batch's gradients first
        loss = criterion(model(x), y)
        loss.backward()  # fresh gradients
        optimizer.step()  # use them
        total += loss.item()  # a float: the graph is freed
        batches += 1
    return total / batches

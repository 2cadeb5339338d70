import copy

import torch


def validation_loss(model, loader, criterion):
    model.eval()  # dropout off, batch-norm on running statistics
    total, samples = 0.0, 0
    with torch.no_grad():
        for x, y in loader:  # x: (B, F), y: (B, 1)
            total += criterion(model(x), y).item() * len(x)  # the batch's summed loss
            samples += len(x)
    return total / samples


def fit_with_early_stopping(model, train_loader, val_loader, criterion, optimizer, max_epochs, patience):
    """Train with early stopping; restore the best weights and return the best epoch (0-based)."""
    best_loss, best_epoch, best_state, waited = float("inf"), 0, None, 0
    for epoch in range(max_epochs):
        model.train()
        for x, y in train_loader:
            optimizer.zero_grad()
            criterion(model(x), y).backward()
            optimizer.step()
        loss = validation_loss(model, val_loader, criterion)
        if loss < best_loss:
            best_loss, best_epoch, waited = loss, epoch, 0
            best_state = copy.deepcopy(model.state_dict())  # a snapshot, not the live tensors
        else:
            waited += 1
            if waited >= patience:
                break
    model.load_state_dict(best_state)
    return best_epoch

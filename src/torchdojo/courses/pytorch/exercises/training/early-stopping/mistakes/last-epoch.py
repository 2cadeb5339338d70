# expect: failed values : is wrong
import copy

import torch


def fit_with_early_stopping(model, train_loader, val_loader, criterion, optimizer, max_epochs, patience):
    best_loss, best_state, waited = float("inf"), None, 0
    for epoch in range(max_epochs):
        model.train()
        for x, y in train_loader:
            optimizer.zero_grad()
            criterion(model(x), y).backward()
            optimizer.step()
        model.eval()
        total, n = 0.0, 0
        with torch.no_grad():
            for x, y in val_loader:
                total += criterion(model(x), y).item() * len(x)
                n += len(x)
        loss = total / n
        if loss < best_loss:
            best_loss, best_state, waited = loss, copy.deepcopy(model.state_dict()), 0
        else:
            waited += 1
            if waited >= patience:
                break
    model.load_state_dict(best_state)
    return epoch

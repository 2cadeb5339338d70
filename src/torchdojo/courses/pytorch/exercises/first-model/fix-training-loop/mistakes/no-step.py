# expect: failed behaviour : never trained
import torch


def train_one_epoch(model, loader, criterion, optimizer):
    model.train()
    total, count = 0.0, 0
    for x, y in loader:
        with torch.no_grad():  # evaluates the loss, but nothing is ever learned
            loss = criterion(model(x), y)
        total += loss.item()
        count += 1
    return total / count

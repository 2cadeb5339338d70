import io

import torch


def train_on(model, optimizer, loader, criterion):
    model.train()
    for x, y in loader:  # x: (B, F), y: (B, 1)
        optimizer.zero_grad()
        criterion(model(x), y).backward()
        optimizer.step()


def train_and_resume(model, optimizer, first, resumed_model, resumed_optimizer, second, criterion):
    """Train on `first`, checkpoint model + optimizer in memory, restore into the resumed pair, train on `second`."""
    train_on(model, optimizer, first, criterion)
    buffer = io.BytesIO()
    torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict()}, buffer)
    buffer.seek(0)  # rewind before reading
    checkpoint = torch.load(buffer, weights_only=True)
    resumed_model.load_state_dict(checkpoint["model"])
    resumed_optimizer.load_state_dict(checkpoint["optimizer"])  # Adam's step count and moment estimates
    train_on(resumed_model, resumed_optimizer, second, criterion)

# expect: error runs : EOFError
import io

import torch


def train_and_resume(model, optimizer, first, resumed_model, resumed_optimizer, second, criterion):
    for x, y in first:
        optimizer.zero_grad()
        criterion(model(x), y).backward()
        optimizer.step()
    buffer = io.BytesIO()
    torch.save({"model": model.state_dict(), "optimizer": optimizer.state_dict()}, buffer)
    checkpoint = torch.load(buffer, weights_only=True)
    resumed_model.load_state_dict(checkpoint["model"])
    resumed_optimizer.load_state_dict(checkpoint["optimizer"])
    for x, y in second:
        resumed_optimizer.zero_grad()
        criterion(resumed_model(x), y).backward()
        resumed_optimizer.step()

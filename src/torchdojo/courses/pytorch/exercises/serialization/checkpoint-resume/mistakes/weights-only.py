# expect: failed behaviour : did not end where a correct run leaves them
import io

import torch


def train_and_resume(model, optimizer, first, resumed_model, resumed_optimizer, second, criterion):
    for x, y in first:
        optimizer.zero_grad()
        criterion(model(x), y).backward()
        optimizer.step()
    buffer = io.BytesIO()
    torch.save(model.state_dict(), buffer)
    buffer.seek(0)
    resumed_model.load_state_dict(torch.load(buffer, weights_only=True))
    for x, y in second:
        resumed_optimizer.zero_grad()
        criterion(resumed_model(x), y).backward()
        resumed_optimizer.step()

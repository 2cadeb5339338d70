# expect: error runs : not on the expected device
import torch


def predict(model, x, device):
    model.to(device).eval()
    with torch.no_grad():
        return model(x)

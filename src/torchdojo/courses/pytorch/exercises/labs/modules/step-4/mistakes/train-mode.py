# expect: failed values
import torch


def predict(model, x):
    with torch.no_grad():
        return model(x).argmax(dim=1)

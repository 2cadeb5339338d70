# expect: failed type : Python float is expected
import torch
import torch.nn.functional as F


def evaluate(model, x, y):
    with torch.no_grad():
        logits = model(x)
        return {"logits": logits, "loss": F.cross_entropy(logits, y)}

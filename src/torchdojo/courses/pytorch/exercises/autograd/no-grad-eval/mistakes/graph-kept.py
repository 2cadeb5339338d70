# expect: failed behaviour : still tracks gradients
import torch.nn.functional as F


def evaluate(model, x, y):
    logits = model(x)
    return {"logits": logits, "loss": F.cross_entropy(logits, y).item()}

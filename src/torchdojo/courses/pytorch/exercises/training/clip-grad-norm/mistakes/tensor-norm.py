# expect: failed type : Python float
import torch


def clip_by_global_norm(grads, max_norm):
    total = torch.sqrt(sum((g**2).sum() for g in grads)) if grads else torch.tensor(0.0)
    coef = torch.clamp(max_norm / (total + 1e-6), max=1.0)
    return [g * coef for g in grads], total

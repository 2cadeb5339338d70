# expect: failed values : all C classes
import torch


def smoothed_cross_entropy(logits, target, smoothing):
    c = logits.shape[1]
    log_probs = logits.log_softmax(dim=1)
    soft = torch.full_like(log_probs, smoothing / (c - 1))
    soft = soft.scatter(1, target.unsqueeze(1), 1 - smoothing)
    return -(soft * log_probs).sum(dim=1).mean()

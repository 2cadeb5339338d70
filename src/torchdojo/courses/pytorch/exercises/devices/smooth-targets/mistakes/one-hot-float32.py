# expect: failed dtype : float32; expected float64
import torch.nn.functional as F


def smooth_targets(labels, logits, eps):
    classes = logits.shape[1]
    return F.one_hot(labels, classes).float() * (1 - eps) + eps / classes

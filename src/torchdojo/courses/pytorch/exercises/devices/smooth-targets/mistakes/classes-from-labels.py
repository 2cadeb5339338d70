# expect: error shape : (3, 2); expected (3, 5)
import torch.nn.functional as F


def smooth_targets(labels, logits, eps):
    one_hot = F.one_hot(labels).to(logits)
    return one_hot * (1 - eps) + eps / one_hot.shape[1]

# expect: error runs : must match the size
import torch.nn.functional as F


def sentence_vectors(hidden, mask):
    summed = (hidden * mask).sum(1)
    return F.normalize(summed / mask.sum(1, keepdim=True), dim=-1)

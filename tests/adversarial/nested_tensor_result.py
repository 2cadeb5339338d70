# expect: failed
# A jagged nested tensor has no single shape (its sizes are symbolic): the reply must still describe it.
import torch


def pairwise_distances(a, b):
    rows = [torch.cdist(a[i : i + 1], b) for i in range(a.shape[0])] or [torch.cdist(a, b)]
    return torch.nested.nested_tensor(rows, layout=torch.jagged)

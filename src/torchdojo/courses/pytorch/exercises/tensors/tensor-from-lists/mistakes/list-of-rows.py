# expect: failed type : Python list
import torch


def tensor_from_lists(rows):
    return [torch.tensor(row, dtype=torch.float32) for row in rows]

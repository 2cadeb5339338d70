# expect: failed type
import torch
from torch.utils.data import Dataset


class SquaresDataset(Dataset):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, index):
        return float(index), float(index ** 2)


def dataset_view(n, indices):
    data = SquaresDataset(n)
    return {"length": len(data), "items": [tuple(data[i]) for i in indices]}

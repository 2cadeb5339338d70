import torch
from torch.utils.data import Dataset


class SquaresDataset(Dataset):
    def __init__(self, n: int):
        self.n = n

    def __len__(self) -> int:
        return self.n  # the DataLoader asks this to know which indices exist

    def __getitem__(self, index: int):
        x = torch.tensor(float(index))  # 0-d float32
        return x, x * x  # one sample: (input, target)


# The grader calls this to inspect your dataset; no need to change it.
def dataset_view(n, indices):
    data = SquaresDataset(n)
    return {"length": len(data), "items": [tuple(data[i]) for i in indices]}

import torch  # noqa: F401 (you will need it)
from torch.utils.data import Dataset


class SquaresDataset(Dataset):
    def __init__(self, n: int):
        self.n = n

    def __len__(self) -> int:
        raise NotImplementedError

    def __getitem__(self, index: int):
        raise NotImplementedError  # return (x, y): tensor(float(index)), tensor(float(index ** 2))


# The grader calls this to inspect your dataset; no need to change it.
def dataset_view(n, indices):
    data = SquaresDataset(n)
    return {"length": len(data), "items": [tuple(data[i]) for i in indices]}

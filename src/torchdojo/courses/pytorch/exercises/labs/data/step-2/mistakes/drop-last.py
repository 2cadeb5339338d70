# expect: failed
from torch.utils.data import DataLoader, TensorDataset


def batch_sizes(x, y, batch_size):
    loader = DataLoader(TensorDataset(x, y), batch_size=batch_size, drop_last=True)
    return [len(xb) for xb, yb in loader]

# expect: failed values : seeded generator
from torch.utils.data import DataLoader, TensorDataset


def first_batch_labels(x, y, batch_size, seed):
    loader = DataLoader(TensorDataset(x, y), batch_size=batch_size, shuffle=True)
    return next(iter(loader))[1]

# expect: error runs : stack expects each tensor to be equal size
import torch
from torch.utils.data import DataLoader


def load_batches(sequences, labels, batch_size, drop_last, seed):
    pairs = list(zip(sequences, labels))
    loader = DataLoader(pairs, batch_size=batch_size, shuffle=True, drop_last=drop_last, generator=torch.Generator().manual_seed(seed))
    return list(loader)

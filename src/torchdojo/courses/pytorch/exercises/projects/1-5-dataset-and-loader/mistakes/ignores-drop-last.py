# expect: failed shape : items
import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader


def collate(pairs):
    sequences, labels = zip(*pairs)
    lengths = torch.tensor([len(s) for s in sequences])
    return pad_sequence(list(sequences), batch_first=True), lengths, torch.stack(labels)


def load_batches(sequences, labels, batch_size, drop_last, seed):
    pairs = list(zip(sequences, labels))
    loader = DataLoader(pairs, batch_size=batch_size, shuffle=True, collate_fn=collate, generator=torch.Generator().manual_seed(seed))
    return list(loader)

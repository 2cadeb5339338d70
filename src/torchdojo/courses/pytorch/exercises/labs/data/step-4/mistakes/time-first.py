# expect: failed shape
import torch
from torch.nn.utils.rnn import pad_sequence


def pad_collate(batch):
    sequences = [s for s, _ in batch]
    lengths = torch.tensor([len(s) for s in sequences])
    return pad_sequence(sequences), lengths, torch.tensor([l for _, l in batch])

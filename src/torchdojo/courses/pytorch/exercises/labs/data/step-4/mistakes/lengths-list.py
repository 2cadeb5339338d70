# expect: failed type
import torch
from torch.nn.utils.rnn import pad_sequence


def pad_collate(batch):
    sequences = [s for s, _ in batch]
    return pad_sequence(sequences, batch_first=True), [len(s) for s in sequences], torch.tensor([l for _, l in batch])

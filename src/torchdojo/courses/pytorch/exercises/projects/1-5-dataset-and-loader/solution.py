import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader, Dataset


class SequenceDataset(Dataset):
    """Examples of different lengths: item i is (sequence i, label i)."""

    def __init__(self, sequences, labels):
        self.sequences, self.labels = sequences, labels

    def __len__(self):
        return len(self.sequences)

    def __getitem__(self, index):
        return self.sequences[index], self.labels[index]


def pad_collate(pairs):
    sequences, labels = zip(*pairs)
    lengths = torch.tensor([len(sequence) for sequence in sequences], dtype=torch.int64)  # (B,)
    padded = pad_sequence(list(sequences), batch_first=True, padding_value=0)  # (B, T_max)
    return padded, lengths, torch.stack(labels)  # labels: (B,)


def load_batches(sequences: list, labels: torch.Tensor, batch_size: int, drop_last: bool, seed: int) -> list:
    """One shuffled epoch of (padded (B, T_max), lengths (B,), labels (B,)) batches."""
    loader = DataLoader(
        SequenceDataset(sequences, labels),
        batch_size=batch_size,
        shuffle=True,
        drop_last=drop_last,
        collate_fn=pad_collate,
        generator=torch.Generator().manual_seed(seed),
    )
    return list(loader)

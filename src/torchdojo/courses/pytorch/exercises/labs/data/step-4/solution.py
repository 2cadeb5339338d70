import torch
from torch.nn.utils.rnn import pad_sequence


def pad_collate(batch: list):
    """[(sequence (L_i,), label), …] -> (padded (B, L_max), lengths (B,), labels (B,))."""
    sequences = [sequence for sequence, _ in batch]
    padded = pad_sequence(sequences, batch_first=True)  # (B, L_max), zeros after each sequence
    lengths = torch.tensor([len(sequence) for sequence in sequences], dtype=torch.int64)  # (B,)
    labels = torch.tensor([label for _, label in batch], dtype=torch.int64)  # (B,)
    return padded, lengths, labels

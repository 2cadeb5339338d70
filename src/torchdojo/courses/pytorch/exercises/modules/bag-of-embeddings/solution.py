import torch
from torch import nn


class BagClassifier(nn.Module):
    def __init__(self, vocab_size: int, dim: int, n_classes: int):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, dim)  # created first: its weights are drawn first
        self.head = nn.Linear(dim, n_classes)

    def forward(self, tokens: torch.Tensor) -> torch.Tensor:
        pooled = self.embed(tokens).mean(dim=1)  # (B, T) -> (B, T, dim) -> (B, dim)
        return self.head(pooled)  # (B, dim) -> (B, n_classes)


def make_bag_classifier(vocab_size: int, dim: int, n_classes: int) -> nn.Module:
    """A module mapping tokens (B, T) int64 to logits (B, n_classes): embed, mean over T, linear."""
    return BagClassifier(vocab_size, dim, n_classes)

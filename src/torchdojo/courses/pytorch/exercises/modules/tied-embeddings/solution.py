import torch
from torch import nn


class TiedLM(nn.Module):
    def __init__(self, vocab_size: int, dim: int):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, dim)  # weight: (vocab_size, dim)
        self.mix = nn.Linear(dim, dim)
        self.head = nn.Linear(dim, vocab_size, bias=False)  # weight: (vocab_size, dim), the same shape
        self.head.weight = self.embed.weight  # one Parameter, used twice

    def forward(self, tokens: torch.Tensor) -> torch.Tensor:
        h = torch.tanh(self.mix(self.embed(tokens)))  # (B, T) -> (B, T, dim)
        return self.head(h)  # (B, T, dim) -> (B, T, vocab_size)


def make_tied_lm(vocab_size: int, dim: int) -> nn.Module:
    """Embedding → Linear(dim, dim) → tanh → Linear(dim, vocab, no bias) sharing the embedding's weight."""
    return TiedLM(vocab_size, dim)

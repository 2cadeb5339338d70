# expect: error runs : cannot assign
import torch
from torch import nn


class LM(nn.Module):
    def __init__(self, vocab_size, dim):
        super().__init__()
        self.embed = nn.Embedding(vocab_size, dim)
        self.mix = nn.Linear(dim, dim)
        self.head = nn.Linear(dim, vocab_size, bias=False)
        self.head.weight = self.embed.weight.T

    def forward(self, tokens):
        return self.head(torch.tanh(self.mix(self.embed(tokens))))


def make_tied_lm(vocab_size, dim):
    return LM(vocab_size, dim)

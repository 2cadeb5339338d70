from torch import nn


def make_tied_lm(vocab_size: int, dim: int) -> nn.Module:
    """Embedding → Linear(dim, dim) → tanh → Linear(dim, vocab, no bias) sharing the embedding's weight."""
    raise NotImplementedError

from torch import nn


def make_bag_classifier(vocab_size: int, dim: int, n_classes: int) -> nn.Module:
    """A module mapping tokens (B, T) int64 to logits (B, n_classes): embed, mean over T, linear."""
    raise NotImplementedError

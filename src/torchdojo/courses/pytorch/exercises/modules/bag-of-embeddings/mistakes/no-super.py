# expect: error runs : cannot assign module before Module.__init__() call
from torch import nn


class Bag(nn.Module):
    def __init__(self, vocab_size, dim, n_classes):
        self.embed = nn.Embedding(vocab_size, dim)
        self.head = nn.Linear(dim, n_classes)

    def forward(self, tokens):
        return self.head(self.embed(tokens).mean(dim=1))


def make_bag_classifier(vocab_size, dim, n_classes):
    return Bag(vocab_size, dim, n_classes)

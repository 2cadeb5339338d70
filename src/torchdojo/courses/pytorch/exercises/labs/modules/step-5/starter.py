from torch import nn


def make_mlp(sizes: list) -> nn.Sequential:
    """Linear layers for each consecutive pair of sizes, with ReLU between them (none at the end)."""
    raise NotImplementedError


# The grader calls this to look at your network; no need to change it.
def describe_mlp(sizes):
    return [repr(layer) for layer in make_mlp(sizes)]

from torch import nn


def make_mlp(sizes: list) -> nn.Sequential:
    """Linear layers for each consecutive pair of sizes, with ReLU between them (none at the end)."""
    layers = []
    for index, (width_in, width_out) in enumerate(zip(sizes[:-1], sizes[1:])):
        layers.append(nn.Linear(width_in, width_out))
        if index < len(sizes) - 2:  # not after the last linear layer: its outputs are raw scores
            layers.append(nn.ReLU())
    return nn.Sequential(*layers)


# The grader calls this to look at your network; no need to change it.
def describe_mlp(sizes):
    return [repr(layer) for layer in make_mlp(sizes)]

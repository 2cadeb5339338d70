import torch
from torch import nn


class TinyMLP(nn.Module):
    def __init__(self, n_in: int, n_hidden: int, n_out: int):
        super().__init__()  # sets up the registries that make the attributes below parameters
        self.fc1 = nn.Linear(n_in, n_hidden)
        self.act = nn.ReLU()
        self.fc2 = nn.Linear(n_hidden, n_out)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        hidden = self.act(self.fc1(x))  # (B, n_in) -> (B, n_hidden)
        return self.fc2(hidden)  # (B, n_hidden) -> (B, n_out)


# The grader calls this to try your class; no need to change it.
def run_tiny_mlp(x, weights):
    n_hidden, n_in = weights["fc1.weight"].shape
    model = TinyMLP(n_in, n_hidden, weights["fc2.weight"].shape[0])
    model.load_state_dict(weights)
    return model(x)

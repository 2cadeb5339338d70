import torch
import torch.nn.functional as F


def train_raw_mlp(
    x: torch.Tensor, y: torch.Tensor, hidden: int = 64, steps: int = 200, lr: float = 0.5, seed: int = 0
) -> dict:
    """x (N, 64), y (N,) int64 -> {"w1": (64, hidden), "b1": (hidden,), "w2": (hidden, 10), "b2": (10,)}."""
    generator = torch.Generator().manual_seed(seed)
    params = {
        "w1": torch.randn(64, hidden, generator=generator) / 64**0.5,  # scaled by 1/sqrt(fan_in)
        "b1": torch.zeros(hidden),
        "w2": torch.randn(hidden, 10, generator=generator) / hidden**0.5,
        "b2": torch.zeros(10),
    }
    for tensor in params.values():
        tensor.requires_grad_(True)
    for _step in range(steps):
        hidden_activations = torch.relu(x @ params["w1"] + params["b1"])  # (N, hidden)
        logits = hidden_activations @ params["w2"] + params["b2"]  # (N, 10)
        loss = F.cross_entropy(logits, y)
        loss.backward()
        with torch.no_grad():
            for tensor in params.values():
                tensor -= lr * tensor.grad
                tensor.grad = None
    return {name: tensor.detach() for name, tensor in params.items()}

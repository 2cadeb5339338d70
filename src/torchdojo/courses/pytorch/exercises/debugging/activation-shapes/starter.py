import torch


def activation_shapes(model: torch.nn.Module, x: torch.Tensor) -> list[tuple[int, ...]]:
    """Run model(x) once; return the output shape of every leaf layer, in call order, as tuples."""
    raise NotImplementedError

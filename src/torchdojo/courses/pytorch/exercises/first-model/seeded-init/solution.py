import torch


def make_weights(seed: int, shape: tuple[int, ...]) -> torch.Tensor:
    """Standard-normal float32 values of the given shape, reproducible from seed alone."""
    generator = torch.Generator().manual_seed(seed)  # private stream: the global generator is left alone
    return torch.randn(tuple(shape), generator=generator)  # (*shape,) float32

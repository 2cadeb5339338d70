import torch


def seeded_noise(like: torch.Tensor, seed: int) -> torch.Tensor:
    """Standard normal samples shaped like `like` (same dtype and device), from a local generator seeded with `seed`."""
    generator = torch.Generator(device=like.device).manual_seed(
        seed
    )  # a private stream; global RNG untouched
    return torch.randn(like.shape, generator=generator, dtype=like.dtype, device=like.device)  # like.shape

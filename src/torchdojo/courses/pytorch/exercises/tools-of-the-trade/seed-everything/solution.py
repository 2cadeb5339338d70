import random

import numpy as np
import torch


def seed_everything(seed: int) -> None:
    """Seed Python's random, NumPy's global generator and PyTorch's generator with seed."""
    random.seed(seed)  # random.shuffle, random.choice ...
    np.random.seed(seed)  # np.random.rand, many augmentation libraries
    torch.manual_seed(seed)  # weights, dropout masks, DataLoader shuffling (CPU and every GPU)


def reproducible_draws(seed: int) -> dict:
    """Seed everything, then draw once from each generator: {"python": float, "numpy": float, "torch": (3,)}."""
    seed_everything(seed)
    return {"python": random.random(), "numpy": float(np.random.rand()), "torch": torch.rand(3)}

import random  # noqa: F401 - the three generators you will seed

import numpy as np  # noqa: F401
import torch  # noqa: F401


def seed_everything(seed: int) -> None:
    """Seed Python's random, NumPy's global generator and PyTorch's generator with seed."""
    raise NotImplementedError


def reproducible_draws(seed: int) -> dict:
    """Seed everything, then draw once from each generator: {"python": float, "numpy": float, "torch": (3,)}."""
    raise NotImplementedError

# expect: failed values : NumPy's global generator
import random

import numpy as np
import torch


def seed_everything(seed):
    random.seed(seed)
    np.random.default_rng(seed)
    torch.manual_seed(seed)


def reproducible_draws(seed):
    seed_everything(seed)
    return {"python": random.random(), "numpy": float(np.random.rand()), "torch": torch.rand(3)}

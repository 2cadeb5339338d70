# expect: failed values : seed Python's random module
import random

import numpy as np
import torch


def seed_everything(seed):
    torch.manual_seed(seed)


def reproducible_draws(seed):
    seed_everything(seed)
    return {"python": random.random(), "numpy": float(np.random.rand()), "torch": torch.rand(3)}

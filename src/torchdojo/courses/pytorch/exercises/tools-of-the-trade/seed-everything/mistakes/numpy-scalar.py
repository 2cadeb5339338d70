# expect: failed type : NumPy scalar
import random

import numpy as np
import torch


def seed_everything(seed):
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def reproducible_draws(seed):
    seed_everything(seed)
    return {"python": random.random(), "numpy": np.random.rand(1)[0], "torch": torch.rand(3)}

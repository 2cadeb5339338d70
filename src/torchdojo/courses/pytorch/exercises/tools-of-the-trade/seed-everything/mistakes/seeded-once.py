# expect: failed values : torch.manual_seed(seed)
import random

import numpy as np
import torch

random.seed(0)
np.random.seed(0)
torch.manual_seed(0)


def seed_everything(seed):
    random.seed(seed)
    np.random.seed(seed)


def reproducible_draws(seed):
    seed_everything(seed)
    return {"python": random.random(), "numpy": float(np.random.rand()), "torch": torch.rand(3)}

# expect: failed type : NumPy array
import numpy as np


def make_weights(seed, shape):
    return np.random.default_rng(seed).standard_normal(shape).astype(np.float32)

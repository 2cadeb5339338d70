"""Offline datasets for check specs: scikit-learn's bundled digits and breast-cancer sets, as tensors.

Nothing is downloaded: both ship inside the scikit-learn wheel. Splits are fixed by a seed so a project's
held-out set is the same on every machine. Check specs (trusted) call these and hand the tensors to the
learner's code as case arguments.
"""

from __future__ import annotations

import functools

import torch


@functools.cache
def digits(seed: int = 0, test_fraction: float = 0.25):
    """8×8 handwritten digits: x (N, 64) float32 in [0, 1], y (N,) int64 in 0..9, split train/test."""
    from sklearn.datasets import load_digits

    data = load_digits()
    x = torch.tensor(data.data, dtype=torch.float32) / 16.0
    y = torch.tensor(data.target, dtype=torch.int64)
    return _split(x, y, seed, test_fraction)


@functools.cache
def breast_cancer(seed: int = 0, test_fraction: float = 0.25):
    """30 features standardised with the *training* mean and std; y (N,) float32 0/1 (1 = malignant)."""
    from sklearn.datasets import load_breast_cancer

    data = load_breast_cancer()
    x = torch.tensor(data.data, dtype=torch.float32)
    y = torch.tensor(data.target == 0, dtype=torch.float32)  # sklearn codes malignant as 0
    x_train, y_train, x_test, y_test = _split(x, y, seed, test_fraction)
    mean, std = x_train.mean(0), x_train.std(0)
    return (x_train - mean) / std, y_train, (x_test - mean) / std, y_test


def _split(x: torch.Tensor, y: torch.Tensor, seed: int, test_fraction: float):
    order = torch.randperm(len(x), generator=torch.Generator().manual_seed(seed))
    cut = int(len(x) * (1 - test_fraction))
    train, test = order[:cut], order[cut:]
    return x[train], y[train], x[test], y[test]

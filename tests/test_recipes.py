"""Recipes build the same objects on both sides of the sandbox; the loader behaves like a stock DataLoader."""

from __future__ import annotations

import pytest
import torch
from torch.utils.data import DataLoader, TensorDataset

from torchdojo.grader import recipes


@pytest.mark.parametrize("shuffle", [False, True])
@pytest.mark.parametrize("samples, batch_size", [(11, 4), (8, 8), (3, 5)])
def test_loader_yields_what_a_stock_dataloader_yields_epoch_after_epoch(shuffle, samples, batch_size):
    x, y = torch.randn(samples, 3), torch.randn(samples, 1)
    ours = recipes.loader(x, y, batch_size=batch_size, shuffle=shuffle, seed=7)
    stock = DataLoader(
        TensorDataset(x, y),
        batch_size=batch_size,
        shuffle=shuffle,
        generator=torch.Generator().manual_seed(7),
    )
    assert len(ours) == len(stock) and ours.batch_size == stock.batch_size and len(ours.dataset) == samples
    for _epoch in range(3):
        got, expected = list(ours), list(stock)
        assert len(got) == len(expected)
        for (x_got, y_got), (x_expected, y_expected) in zip(got, expected):
            assert torch.equal(x_got, x_expected) and torch.equal(y_got, y_expected)


def test_loader_iterators_are_independent_and_restartable():
    x = torch.arange(10.0).reshape(5, 2)
    loader = recipes.loader(x, x[:, :1], batch_size=2)
    first, second = iter(loader), iter(loader)
    assert torch.equal(next(first)[0], x[:2])
    assert torch.equal(next(second)[0], x[:2])
    assert torch.equal(next(first)[0], x[2:4])
    assert [len(batch[0]) for batch in loader] == [2, 2, 1]


def test_loader_does_not_touch_the_global_random_state():
    loader = recipes.loader(torch.randn(6, 2), torch.randn(6, 1), batch_size=4, shuffle=True)
    before = torch.get_rng_state()
    list(loader)
    assert torch.equal(before, torch.get_rng_state())


def test_the_tied_model_shares_one_weight_between_two_layers():
    model = recipes.build("tied", {"vocab": 12, "dim": 5})
    assert model.out.weight is model.embed.weight
    assert sum(p.numel() for p in model.parameters()) == 12 * 5 + 12  # the shared weight once
    assert model(torch.tensor([[1, 2, 3]])).shape == (1, 3, 12)

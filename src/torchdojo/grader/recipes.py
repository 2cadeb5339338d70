"""Recipes: named builders for the objects a check hands to learner code (models, loaders, optimizers).

Check specs cannot send live objects into the sandbox, so they send ``Build(recipe, **kwargs)`` and both
sides call the same recipe: the child for the learner's run, the trusted process for the reference run.
Recipes are deterministic given their arguments (every random draw is seeded).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

RECIPES: dict[str, Callable[..., Any]] = {}


def recipe(function: Callable[..., Any]) -> Callable[..., Any]:
    RECIPES[function.__name__] = function
    return function


def build(name: str, kwargs: dict[str, Any]) -> Any:
    if name not in RECIPES:
        raise KeyError(f"unknown recipe {name!r}; known: {', '.join(sorted(RECIPES))}")
    return RECIPES[name](**kwargs)


@recipe
def noncontiguous(tensor: torch.Tensor) -> torch.Tensor:
    if tensor.dim() < 2:
        return tensor.repeat_interleave(2)[::2] if tensor.numel() else tensor
    return tensor.transpose(0, -1).contiguous().transpose(0, -1)  # same values, swapped strides


ACTIVATIONS = {"relu": nn.ReLU, "tanh": nn.Tanh, "gelu": nn.GELU, "sigmoid": nn.Sigmoid}


@recipe
def mlp(
    sizes: list[int],
    seed: int = 0,
    activation: str = "relu",
    dropout: float = 0.0,
    frozen: list[int] | None = None,
    eval_mode: bool = False,
) -> nn.Sequential:
    """Linear layers of the given sizes with an activation between them; ``frozen`` lists layer indices
    (0-based, counting Linear layers) whose parameters get ``requires_grad=False``."""
    torch.default_generator.manual_seed(seed)
    layers: list[nn.Module] = []
    linears = []
    for index, (width_in, width_out) in enumerate(zip(sizes[:-1], sizes[1:])):
        linear = nn.Linear(width_in, width_out)
        linears.append(linear)
        layers.append(linear)
        if index < len(sizes) - 2:
            layers.append(ACTIVATIONS[activation]())
            if dropout:
                layers.append(nn.Dropout(dropout))
    for index in frozen or []:
        linears[index].requires_grad_(False)
    model = nn.Sequential(*layers)
    if eval_mode:
        model.eval()
    return model


@recipe
def with_buffers(sizes: list[int], seed: int = 0) -> nn.Module:
    """An MLP with a BatchNorm layer: buffers that are not parameters."""
    torch.default_generator.manual_seed(seed)
    return nn.Sequential(
        nn.Linear(sizes[0], sizes[1]), nn.BatchNorm1d(sizes[1]), nn.ReLU(), nn.Linear(sizes[1], sizes[2])
    )


class TiedLanguageModel(nn.Module):
    """Token embedding → linear read-out that reuses the embedding's weight (weight tying, as in GPT-2):
    one parameter tensor reachable from two layers."""

    def __init__(self, vocab: int, dim: int):
        super().__init__()
        self.embed = nn.Embedding(vocab, dim)
        self.out = nn.Linear(dim, vocab)
        self.out.weight = self.embed.weight  # (vocab, dim) both ways: the same Parameter object

    def forward(self, tokens: torch.Tensor) -> torch.Tensor:
        return self.out(self.embed(tokens))


@recipe
def tied(vocab: int, dim: int, seed: int = 0) -> nn.Module:
    """A model whose read-out layer shares the embedding's weight (see ``TiedLanguageModel``)."""
    torch.default_generator.manual_seed(seed)
    return TiedLanguageModel(vocab, dim)


@recipe
def loader(x: torch.Tensor, y: torch.Tensor, batch_size: int = 8, shuffle: bool = False, seed: int = 0):
    """A real DataLoader over (x, y): the same batches, order, length and attributes as
    ``DataLoader(TensorDataset(x, y), batch_size, shuffle)``, but each batch is cut with one indexing
    operation instead of indexing and re-stacking every sample (several times faster for tiny batches)."""
    generator = torch.Generator().manual_seed(seed)
    return BatchLoader(
        BatchedTensorDataset(x, y),
        batch_size=batch_size,
        shuffle=shuffle,
        generator=generator,
        collate_fn=_as_is,
    )


class BatchLoader(DataLoader):
    """A single-process DataLoader whose iterator skips the machinery tiny in-memory batches do not need
    (worker and pin-memory checks, a profiler range per batch): a third of the cost per epoch. Batches,
    order and the generator's use match ``DataLoader``'s own iterator, which also draws a base seed from
    ``generator`` before sampling."""

    def __iter__(self):
        if self.num_workers or not isinstance(self.dataset, BatchedTensorDataset):
            return super().__iter__()
        return self._batches()

    def _batches(self):
        torch.empty((), dtype=torch.int64).random_(generator=self.generator)  # the iterator's base seed
        for indices in self.batch_sampler:
            yield self.collate_fn(self.dataset.__getitems__(indices))


class BatchedTensorDataset(TensorDataset):
    """A TensorDataset whose DataLoader fetches a whole batch at once (``__getitems__``)."""

    def __getitems__(self, indices: list[int]) -> list[torch.Tensor]:
        index = torch.as_tensor(indices, dtype=torch.long)
        return [tensor[index] for tensor in self.tensors]


def _as_is(batch: Any) -> Any:
    return batch


@recipe
def criterion(name: str = "mse") -> nn.Module:
    losses = {
        "mse": nn.MSELoss,
        "bce_logits": nn.BCEWithLogitsLoss,
        "cross_entropy": nn.CrossEntropyLoss,
        "l1": nn.L1Loss,
    }
    return losses[name]()


@recipe
def optimizer(params_of: nn.Module, name: str = "sgd", lr: float = 0.1, momentum: float = 0.0):
    parameters = [p for p in params_of.parameters() if p.requires_grad]
    if name == "sgd":
        return torch.optim.SGD(parameters, lr=lr, momentum=momentum)
    if name == "adam":
        return torch.optim.Adam(parameters, lr=lr)
    raise KeyError(f"unknown optimizer {name!r}")

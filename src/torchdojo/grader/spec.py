"""The vocabulary a check spec (an exercise's trusted ``check.py``) is written in.

A check spec says which function the learner writes (``entry``), generates the cases it is called on
(seeded, shape-driven random inputs plus edge cases), what to observe beyond the return value (final module
state, training events), how to compare (exact, or a tolerance per dtype), and which bug patterns to name.
Check specs run only in the trusted process: the sandbox never sees them, only the inputs they produce.

Arguments are plain values, tensors, ``Build(recipe, **kwargs)`` (an object such as a model or optimizer that
the sandboxed child constructs from ``torchdojo.grader.recipes``) or ``Ref(name)`` (an earlier argument).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import torch

# (rtol, atol) per dtype; integer and bool dtypes always compare exactly.
DEFAULT_TOLERANCE: dict[str, tuple[float, float]] = {
    "float16": (1e-2, 1e-3),
    "bfloat16": (2e-2, 1e-2),
    "float32": (1e-4, 1e-5),
    "float64": (1e-7, 1e-9),
    "complex64": (1e-4, 1e-5),
    "complex128": (1e-7, 1e-9),
}
FLOAT_TOLERANCE = (1e-5, 1e-7)  # for Python floats


@dataclass(frozen=True)
class Build:
    """An object the child builds with a named recipe (a model, a loader, an optimizer…)."""

    recipe: str
    kwargs: dict[str, Any] = field(default_factory=dict)

    def __init__(self, recipe: str, **kwargs: Any):
        object.__setattr__(self, "recipe", recipe)
        object.__setattr__(self, "kwargs", kwargs)


@dataclass(frozen=True)
class Ref:
    """Refers to an earlier argument of the same case by name."""

    name: str


@dataclass(frozen=True)
class Case:
    """One call of the learner's function. Hidden cases never reveal their inputs or expected values."""

    name: str
    args: dict[str, Any]
    hidden: bool = False
    observe: tuple[
        str, ...
    ] = ()  # extra observations: "state:<arg>", "training:<arg>", "grads:<arg>", "rng", "module:<arg>"
    note: str = ""  # shown with a failure: what this case is about (e.g. "an empty batch")
    raises: str = ""  # the exception type the function must raise here (the reference raises it too)


@dataclass(frozen=True)
class Bug:
    """A named mistake: ``test(got, expected, case)`` is True when the learner's value shows it.

    ``got`` and ``expected`` are the decoded observations (``wire.TensorValue`` etc.). Detectors run in the
    trusted process, after the learner's value was found wrong.
    """

    name: str
    message: str
    test: Callable[[Any, Any, Case], bool]


@dataclass(frozen=True)
class Metric:
    """A behaviour score for projects: ``compute(observed, case)`` turns what the grader observed into a number
    (e.g. held-out accuracy of the logits the learner's model produced), which must reach ``at_least`` / stay
    under ``at_most``. ``observed.value`` is the decoded result; ``observed.diagram`` the model's layers, if any.
    """

    name: str
    compute: Callable[[Any, Case], float]
    at_least: float | None = None
    at_most: float | None = None

    def verdict(self, value: float) -> str | None:
        if self.at_least is not None and not value >= self.at_least:
            return f"{self.name} is {value:.4g}; it needs to reach {self.at_least:g}."
        if self.at_most is not None and not value <= self.at_most:
            return f"{self.name} is {value:.4g}; it needs to be at most {self.at_most:g}."
        return None


@dataclass
class Check:
    """The trusted half of an exercise."""

    entry: str
    cases: Callable[[torch.Generator], Iterable[Case]] | Iterable[Case]
    seed: int = 0
    exact: bool = False
    tolerance: dict[str, tuple[float, float]] = field(default_factory=dict)
    float_tolerance: tuple[float, float] = FLOAT_TOLERANCE
    bugs: tuple[Bug | str, ...] = ()  # Bug objects, or names of built-in detectors (grader.detectors)
    check_inputs_unchanged: bool = True
    extras: tuple[str, ...] = ()  # "model-diagram:<arg>", "loss-curve" (shown with feedback)
    metrics: tuple[
        Metric, ...
    ] = ()  # projects: judged by scores on held-out data, not by matching the reference
    compare_values: bool = True  # False: only structure is compared with the reference; metrics decide
    timeout_s: float | None = None  # projects that train may need longer than the default wall-clock limit

    def make_cases(self) -> list[Case]:
        if callable(self.cases):
            generator = torch.Generator().manual_seed(self.seed)
            made = list(self.cases(generator))
        else:
            made = list(self.cases)
        names = [case.name for case in made]
        duplicates = {name for name in names if names.count(name) > 1}
        if duplicates:
            raise ValueError(f"case names must be unique; repeated: {sorted(duplicates)}")
        return made

    def tolerance_for(self, dtype: str) -> tuple[float, float]:
        if self.exact:
            return (0.0, 0.0)
        return self.tolerance.get(dtype, DEFAULT_TOLERANCE.get(dtype, (0.0, 0.0)))


# -------------------------------------------------------------------------------- helpers for case makers
def randn(generator: torch.Generator, *shape: int, dtype: torch.dtype = torch.float32, scale: float = 1.0):
    """Seeded normal values of the given shape (no shape: a 0-d tensor)."""
    return torch.randn(shape, generator=generator, dtype=dtype) * scale


def randint(generator: torch.Generator, low: int, high: int, *shape: int) -> torch.Tensor:
    """Seeded integers in [low, high) of the given shape (no shape: a 0-d tensor)."""
    return torch.randint(low, high, shape, generator=generator)


def noncontiguous(tensor: torch.Tensor) -> Build:
    """The same values, handed to the learner as a non-contiguous view (a transposed copy, transposed back)."""
    return Build("noncontiguous", tensor=tensor)

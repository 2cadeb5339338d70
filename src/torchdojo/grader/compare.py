"""Tensor-aware comparison of one observed value with the reference, in the cascade's order.

``compare`` returns ``None`` when the values agree, else a ``Finding``: the cascade step that failed
(returns → type → shape → dtype → device → finite → values) and a message for the learner that says what came
back, what was expected (without values on hidden cases) and the likely cause.
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass
from typing import Any

import numpy
import torch

from torchdojo.grader import wire


@dataclass(frozen=True)
class Finding:
    step: str
    message: str


@dataclass(frozen=True)
class Tolerances:
    per_dtype: Any  # callable dtype-name -> (rtol, atol)
    float_pair: tuple[float, float]
    values: bool = (
        True  # False: check structure (type, shape, dtype, finiteness) only; metrics judge the rest
    )


def kind_of(value: Any) -> str:
    if value is None:
        return "None"
    if isinstance(value, wire.TensorValue):
        return "a NumPy array" if value.ndarray else "a tensor"
    if isinstance(value, bool):
        return "a bool"
    if isinstance(value, int):
        return "an int"
    if isinstance(value, float):
        return "a float"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, wire.SequenceValue):
        return f"a {value.kind}"
    if isinstance(value, wire.DictValue):
        return "a dict"
    if isinstance(value, wire.NumpyScalar):
        return f"a NumPy scalar ({value.dtype})"
    return f"an object of type {value.type}"


def shape_text(shape: tuple[int, ...]) -> str:
    return "(" + ", ".join(str(size) for size in shape) + ("," if len(shape) == 1 else "") + ")"


def where(path: str) -> str:
    return f"{path} " if path else "Your result "


# ----------------------------------------------------------------------------------------------- types
def _type_finding(got: Any, expected: Any, path: str) -> Finding | None:
    got_kind, expected_kind = kind_of(got), kind_of(expected)
    if isinstance(got, wire.TensorValue) and isinstance(expected, wire.TensorValue) and not got.ndarray:
        if got.subclass:
            return Finding(
                "type",
                f"{where(path)}is a {got.subclass}, a subclass of torch.Tensor; return a plain torch.Tensor.",
            )
        if got.layout != expected.layout:
            return Finding("type", _layout_text(got.layout, expected.layout, path))
        return None
    if got_kind == expected_kind or (
        isinstance(got, int) and isinstance(expected, float) and not isinstance(got, bool)
    ):
        return None
    number = "int" if isinstance(expected, int) and not isinstance(expected, bool) else "float"
    if (
        isinstance(expected, (float, int))
        and not isinstance(expected, bool)
        and isinstance(got, wire.TensorValue)
        and not got.ndarray
    ):
        graph = (
            " It still carries its autograd graph (grad_fn), which keeps every intermediate tensor alive."
            if got.grad_fn
            else ""
        )
        return Finding(
            "type",
            f"{where(path)}is a tensor of shape {shape_text(got.shape)} where a Python {number} is expected — call .item() on a one-element tensor.{graph}",
        )
    if isinstance(expected, (float, int)) and isinstance(got, wire.NumpyScalar):
        return Finding("type", f"{where(path)}is a NumPy scalar; convert it with {number}(...) or .item().")
    if isinstance(expected, wire.TensorValue) and isinstance(got, wire.TensorValue) and got.ndarray:
        return Finding(
            "type",
            f"{where(path)}is a NumPy array; return a torch.Tensor (stay in torch, or wrap with torch.from_numpy).",
        )
    if isinstance(expected, wire.TensorValue) and isinstance(got, wire.SequenceValue):
        return Finding(
            "type",
            f"{where(path)}is a Python {got.kind}; return a tensor (torch.stack or torch.tensor builds one).",
        )
    if isinstance(got, float) and isinstance(expected, int) and not isinstance(expected, bool):
        return Finding("type", f"{where(path)}is a float; expected an int — return int(...) of it.")
    return Finding("type", f"{where(path)}is {got_kind}; expected {expected_kind}.")


def _layout_text(got: str | None, expected: str | None, path: str) -> str:
    """A tensor in another memory layout than the reference's (None is the ordinary, strided one)."""
    if expected is not None:
        return f"{where(path)}is an ordinary (strided) tensor; expected one with layout {expected}."
    if got == "nested":
        return f"{where(path)}is a nested tensor; return an ordinary tensor (torch.stack joins equal-sized results into one)."
    return f"{where(path)}is a tensor with layout {got}; return an ordinary (strided) tensor — call .to_dense() on it."


# ----------------------------------------------------------------------------------------------- shapes
def shape_cause(got: tuple[int, ...], expected: tuple[int, ...]) -> str:
    if not expected:
        return "a single number (a 0-d tensor) is expected — reduce over every dimension, e.g. .mean() or .sum() with no dim"
    if len(got) == len(expected) and sorted(got) == sorted(expected) and got != expected:
        return "the dimensions are in the wrong order — a transpose or a swapped matmul operand"
    if [s for s in got if s != 1] == [s for s in expected if s != 1]:
        if len(got) > len(expected):
            return "an extra size-1 dimension — squeeze it, or drop keepdim=True"
        return "a size-1 dimension is missing — use keepdim=True in the reduction, or unsqueeze"
    if len(got) == len(expected) + 1 and got[:-1] == expected and got[-1] > 1 and got[-1] not in expected:
        return (
            f"an extra last dimension of size {got[-1]} — a reduction over it (sum, mean, a norm) is missing"
        )
    if math.prod(got) > math.prod(expected) and _broadcast_like(got, expected):
        return "an accidental broadcast: two operands with shapes like (N,) and (N, 1) combined into (N, N)"
    if len(got) == len(expected) and sum(a != b for a, b in zip(got, expected)) == 1:
        if got[0] != expected[0] and len(got) > 1:
            return "a different number of rows — check the condition or index that selects them"
        return "one dimension has the wrong size — check which axis you reduce or concatenate over"
    return ""


def _broadcast_like(got: tuple[int, ...], expected: tuple[int, ...]) -> bool:
    """Whether ``got`` looks like ``expected`` grown by broadcasting: an extra dimension, or a size-1 one
    stretched, whose new size is one the result already has elsewhere (N against (N, 1) gives (N, N))."""
    if not all(size in got for size in expected if size != 1):
        return False
    if len(got) > len(expected):  # the extra dimensions repeat sizes already there: (N,) - (N, 1) -> (N, N)
        extra = Counter(got) - Counter(expected)
        return all(size in expected for size in extra.elements())
    if len(got) < len(expected):
        return False
    stretched = [index for index, (a, b) in enumerate(zip(got, expected)) if a != b]
    return all(expected[index] == 1 and got[index] in got[:index] + got[index + 1 :] for index in stretched)


def _shape_finding(got: wire.TensorValue, expected: wire.TensorValue, path: str) -> Finding | None:
    if got.shape == expected.shape:
        return None
    cause = shape_cause(got.shape, expected.shape)
    text = f"{where(path)}has shape {shape_text(got.shape)}; expected {shape_text(expected.shape)}."
    return Finding("shape", text + (f" Likely cause: {cause}." if cause else ""))


def _dtype_finding(got: wire.TensorValue, expected: wire.TensorValue, path: str) -> Finding | None:
    if got.dtype == expected.dtype:
        return None
    hint = ""
    if expected.dtype.startswith("float") and got.dtype.startswith("int"):
        hint = " Integer results usually come from integer inputs or torch.tensor([...]) of ints: convert with .float() or pass dtype=."
    elif got.dtype == "float32" and expected.dtype.startswith("float"):
        hint = " A new tensor made with torch.zeros/torch.tensor defaults to float32: pass dtype=x.dtype, or build it from the inputs."
    elif got.dtype.startswith("float") and expected.dtype.startswith("float"):
        hint = f" Something converted it (.double(), .half(), a dtype= argument, a float64 operand or a NumPy array): keep {expected.dtype}, or convert back with .to(torch.{expected.dtype})."
    elif expected.dtype in ("int64", "bool"):
        hint = f" Convert with .to(torch.{expected.dtype})."
    return Finding("dtype", f"{where(path)}has dtype {got.dtype}; expected {expected.dtype}.{hint}")


def _device_finding(got: wire.TensorValue, expected: wire.TensorValue, path: str) -> Finding | None:
    if got.device == expected.device:
        return None
    return Finding(
        "device",
        f"{where(path)}is on device '{got.device}'; expected '{expected.device}'. Create new tensors with device=x.device so the code runs anywhere.",
    )


# ----------------------------------------------------------------------------------------------- values
def _index_text(flat_index: int, shape: tuple[int, ...]) -> str:
    if not shape:
        return ""  # a 0-d tensor has one value and no index
    index = []
    for size in reversed(shape):
        index.append(flat_index % size if size else 0)
        flat_index //= size if size else 1
    return "[" + ", ".join(str(i) for i in reversed(index)) + "]"


def _finite_finding(got: numpy.ndarray, expected: numpy.ndarray, path: str, shape) -> Finding | None:
    bad = ~numpy.isfinite(got) & numpy.isfinite(expected)
    if not bad.any():
        return None
    first = int(numpy.flatnonzero(bad)[0])
    value = got.reshape(-1)[first]
    kind = "NaN" if numpy.isnan(value) else ("-Inf" if value < 0 else "Inf")
    return Finding(
        "finite",
        f"{where(path)}has {int(bad.sum())} non-finite value(s) (first: {kind}{' at ' + _index_text(first, shape) if shape else ''}) where the reference is finite. Look for 0/0, log(0), sqrt of a negative rounding error, or exp overflow.",
    )


def _values_finding(
    got: wire.TensorValue, expected: wire.TensorValue, path: str, tolerances: Tolerances, hidden: bool
) -> Finding | None:
    if not got.has_data or not expected.has_data:
        if not got.has_data and not expected.has_data:
            return None
        return Finding(
            "values",
            f"{where(path)}could not be compared: it is too large to send back, or has no data (meta device).",
        )
    if math.prod(got.shape) == 0 or _same_bytes(got, expected):
        return None  # bit-for-bit the reference (the common case for correct code): nothing to measure
    a, b = got.array(), expected.array()
    if got.tensor.is_floating_point() or got.tensor.is_complex():
        finding = _finite_finding(a, b, path, got.shape)
        if finding:
            return finding
    if not tolerances.values:
        return None
    rtol, atol = tolerances.per_dtype(expected.dtype)
    with numpy.errstate(invalid="ignore", over="ignore"):
        difference = numpy.abs(a - b)
        close = (difference <= atol + rtol * numpy.abs(b)) | (a == b) | (numpy.isnan(a) & numpy.isnan(b))
    if close.all():
        return None
    return Finding("values", _values_message(a, b, difference, close, got.shape, path, hidden, (rtol, atol)))


def _same_bytes(got: wire.TensorValue, expected: wire.TensorValue) -> bool:
    if got.dtype != expected.dtype or got.shape != expected.shape:
        return False
    if got.raw is not None and expected.raw is not None:  # both as they crossed the wire
        return bytes(got.raw) == bytes(expected.raw)
    as_bytes = [value.tensor.contiguous().view(-1).view(torch.uint8) for value in (got, expected)]
    return torch.equal(*as_bytes)


def _values_message(a, b, difference, close, shape, path, hidden, tolerance) -> str:
    wrong = int((~close).sum())
    difference = numpy.where(numpy.isnan(difference), 0.0, difference).reshape(-1)
    worst = int(difference.argmax())
    expected_value, got_value = b.reshape(-1)[worst], a.reshape(-1)[worst]
    relative = (
        f"{float(difference[worst]) / abs(expected_value):.3g}" if expected_value != 0 else "n/a (expected 0)"
    )
    text = (
        f"{where(path)}differs from the reference at {wrong} of {a.size} positions: max abs diff "
        f"{float(difference.max()):.4g}, relative diff there {relative} (tolerance rtol={tolerance[0]:g}, atol={tolerance[1]:g})."
    )
    if hidden:
        return text + " (This is a hidden case: its expected values are not shown.)"
    return (
        text
        + f" {'Worst at ' + _index_text(worst, shape) if shape else 'It'}: expected {float(numpy.real(expected_value)):.6g}, got {float(numpy.real(got_value)):.6g}."
    )


def _scalar_finding(
    got: Any, expected: Any, path: str, tolerances: Tolerances, hidden: bool
) -> Finding | None:
    if isinstance(expected, float):
        got = float(got)
        if math.isnan(got) and not math.isnan(expected):
            return Finding(
                "finite", f"{where(path)}is NaN — look for 0/0 (an undefined ratio needs its own branch)."
            )
        rtol, atol = tolerances.float_pair
        if (
            not tolerances.values
            or math.isclose(got, expected, rel_tol=rtol, abs_tol=atol)
            or (math.isnan(got) and math.isnan(expected))
        ):
            return None
        shown = "" if hidden else f" expected {expected:.6g},"
        return Finding(
            "values", f"{where(path)}is wrong:{shown} got {got:.6g}." + (" (hidden case)" if hidden else "")
        )
    if got == expected:
        return None
    shown = "" if hidden else f" expected {expected!r},"
    return Finding("values", f"{where(path)}is wrong:{shown} got {got!r}.")


# ----------------------------------------------------------------------------------------------- entry
def compare(
    got: Any, expected: Any, tolerances: Tolerances, hidden: bool = False, path: str = ""
) -> Finding | None:
    """The cascade for one value (recursing into lists, tuples and dicts)."""
    if got is None and expected is not None and path.startswith("the gradients of"):
        return Finding(
            "returns",
            f"{path} is None: no gradient reached it. Was it frozen (requires_grad=False), or left out of the loss?",
        )
    if got is None and expected is not None:
        return Finding(
            "returns",
            f"{path + ' is None' if path else 'Your function returned None'} — did you forget `return`? "
            "(Or it returned something that is None, such as a .grad that backward() never filled.)",
        )
    finding = _type_finding(got, expected, path)
    if finding:
        return finding
    if isinstance(expected, wire.TensorValue):
        for check in (_shape_finding, _dtype_finding, _device_finding):
            finding = check(got, expected, path)
            if finding:
                return finding
        return _values_finding(got, expected, path, tolerances, hidden) or _graph_finding(got, expected, path)
    if isinstance(expected, wire.SequenceValue):
        return _sequence_finding(got, expected, tolerances, hidden, path)
    if isinstance(expected, wire.DictValue):
        return _dict_finding(got, expected, tolerances, hidden, path)
    if isinstance(expected, wire.ObjectValue):
        return _object_finding(got, expected, path, hidden)
    if isinstance(expected, wire.NumpyScalar):
        return None
    return _scalar_finding(got, expected, path, tolerances, hidden)


def _graph_finding(got: wire.TensorValue, expected: wire.TensorValue, path: str) -> Finding | None:
    if got.requires_grad and not expected.requires_grad:
        return Finding(
            "behaviour",
            f"{where(path)}still tracks gradients (requires_grad=True, grad_fn={got.grad_fn}); the reference's does not. Compute it under torch.no_grad(), or .detach() it.",
        )
    return None


def _object_finding(
    got: wire.ObjectValue, expected: wire.ObjectValue, path: str, hidden: bool
) -> Finding | None:
    """Objects of the same library type (torch.device, nn.Sequential…) are compared by their repr."""
    if not (got.trusted and expected.trusted) or got.repr == expected.repr:
        return None
    shown = "" if hidden else f"; expected {expected.repr}"
    return Finding("values", f"{where(path)}is {got.repr}{shown}.")


def _sequence_finding(got, expected, tolerances, hidden, path) -> Finding | None:
    if got.length != expected.length:
        return Finding("shape", f"{where(path)}has {got.length} items; expected {expected.length}.")
    for index, (item, reference) in enumerate(zip(got.items, expected.items)):
        finding = compare(item, reference, tolerances, hidden, f"{path or 'result'}[{index}]")
        if finding:
            return finding
    return None


def _dict_finding(got, expected, tolerances, hidden, path) -> Finding | None:
    expected_keys = [key for key, _ in expected.items]
    got_keys = [key for key, _ in got.items]
    missing = [key for key in expected_keys if key not in got_keys]
    extra = [key for key in got_keys if key not in expected_keys]
    if missing:
        instead = f" and has {', '.join(map(repr, extra))} instead" if extra else ""
        return Finding(
            "type",
            f"{where(path)}is missing the key(s) {', '.join(map(repr, missing))}{instead}; keep exactly {', '.join(map(repr, expected_keys))}.",
        )
    if extra:
        return Finding(
            "type",
            f"{where(path)}has unexpected key(s) {', '.join(map(repr, extra))}; keep exactly {', '.join(map(repr, expected_keys))}.",
        )
    for key, reference in expected.items:
        finding = compare(got.get(key), reference, tolerances, hidden, f"{path or 'result'}[{key!r}]")
        if finding:
            return finding
    return None

"""The only format that crosses the sandbox boundary: length-framed JSON plus raw tensor bytes.

A message is ``MAGIC | u32 header length | u64 body length | header JSON | body``. The header is plain JSON;
tensors travel as raw little-endian bytes in the body, described in the header by dtype, shape and offset.
There is no pickle anywhere and no live object crosses: the trusted side rebuilds tensors from bytes after
checking every dtype, shape and length against a fixed allowlist and a size cap, so a forged or malformed
message is rejected with a ``WireError`` instead of being trusted.
"""

from __future__ import annotations

import json
import math
import os
import struct
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy
import torch

MAGIC = b"TDJ1"
PREFIX = struct.Struct("<4sIQ")
MAX_HEADER = 8 * 1024 * 1024
MAX_BODY = 256 * 1024 * 1024
MAX_ITEMS = 10_000
MAX_DEPTH = 12
MAX_TEXT = 2_000
MAX_TENSOR_BYTES = 32 * 1024 * 1024  # a bigger result is described, not sent
GRAD_STATE = " (its requires_grad / .grad)"  # names an input whose autograd state (not values) changed

DTYPES: dict[str, torch.dtype] = {
    "float16": torch.float16,
    "bfloat16": torch.bfloat16,
    "float32": torch.float32,
    "float64": torch.float64,
    "complex64": torch.complex64,
    "complex128": torch.complex128,
    "int8": torch.int8,
    "int16": torch.int16,
    "int32": torch.int32,
    "int64": torch.int64,
    "uint8": torch.uint8,
    "bool": torch.bool,
}
DTYPE_NAMES = {dtype: name for name, dtype in DTYPES.items()}
_ITEMSIZE = {name: torch.empty((), dtype=dtype).element_size() for name, dtype in DTYPES.items()}
# The same dtypes in NumPy, where it has them (not bfloat16): bytes go in and out through NumPy, which costs
# a third of torch.frombuffer / view(uint8) per small tensor.
_NUMPY = {name: numpy.dtype(name) for name in DTYPES if name != "bfloat16"}
_NUMPY_TORCH = {DTYPES[name] for name in _NUMPY}


class WireError(ValueError):
    """A message that does not follow the format: never trusted, always reported."""


# ----------------------------------------------------------------------------------------------- framing
def frame(header: dict[str, Any], blobs: list[bytes] = ()) -> bytes:
    """Serialize a header and its blobs into one framed message."""
    header = dict(header, blobs=[len(blob) for blob in blobs])
    encoded = json.dumps(header, allow_nan=False, separators=(",", ":")).encode()
    body = b"".join(blobs)
    return PREFIX.pack(MAGIC, len(encoded), len(body)) + encoded + body


READY = b"R"  # the one byte a warm child writes on its reply pipe before it reads its job


def write_all(fd: int, data: bytes) -> None:
    """Write every byte to a pipe (``os.write`` may take only part of a large message)."""
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


class Framer:
    """A message encoded once, to be framed again and again with one more string field (a submission's
    source): it parses to the same message as ``frame(dict(header, key=value), blobs)``, without
    re-encoding the rest."""

    def __init__(self, header: dict[str, Any], blobs: list[bytes] = ()):
        encoded = json.dumps(
            dict(header, blobs=[len(blob) for blob in blobs]), allow_nan=False, separators=(",", ":")
        )
        self.head = encoded[:-1].encode()  # without the closing brace
        self.body = b"".join(blobs)
        self.keys = set(header) | {"blobs"}

    def with_field(self, key: str, value: str) -> bytes:
        if key in self.keys:
            raise ValueError(f"the framed header already has a field {key!r}")
        extra = ("," + json.dumps(key) + ":" + json.dumps(value) + "}").encode()
        header_length = len(self.head) + len(extra)
        return b"".join([PREFIX.pack(MAGIC, header_length, len(self.body)), self.head, extra, self.body])


def parse_prefix(prefix: bytes, max_body: int = MAX_BODY) -> tuple[int, int]:
    magic, header_length, body_length = PREFIX.unpack(prefix)
    if magic != MAGIC:
        raise WireError(f"bad magic {magic!r}: the reply was not written by the probe")
    if header_length > MAX_HEADER or body_length > max_body:
        raise WireError(f"reply too large: header {header_length} bytes, body {body_length} bytes")
    return header_length, body_length


def unframe(header_bytes: bytes, body: bytes) -> tuple[dict[str, Any], list[memoryview]]:
    """Parse a header and split the body into blobs, checking every length."""
    try:
        header = json.loads(header_bytes)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise WireError(f"header is not JSON: {error}") from None
    if not isinstance(header, dict):
        raise WireError("header is not a JSON object")
    if b"\\ud" in header_bytes or b"\\uD" in header_bytes:  # escaped surrogates: some may be unpaired
        header = _without_lone_surrogates(header)
    lengths = header.get("blobs", [])
    if not isinstance(lengths, list) or not all(isinstance(n, int) and n >= 0 for n in lengths):
        raise WireError("header 'blobs' must be a list of byte counts")
    if sum(lengths) != len(body):
        raise WireError(f"blob lengths add up to {sum(lengths)} but the body has {len(body)} bytes")
    view, blobs, offset = memoryview(body), [], 0
    for length in lengths:
        blobs.append(view[offset : offset + length])
        offset += length
    return header, blobs


def _without_lone_surrogates(value: Any) -> Any:
    """Replace unpaired surrogates (``print("\\ud800")`` in learner code) with U+FFFD: strings holding them
    cannot be written as UTF-8 — to a terminal, a web page or the database — and would fail there instead."""
    if isinstance(value, str):
        return value.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if isinstance(value, list):
        return [_without_lone_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {_without_lone_surrogates(key): _without_lone_surrogates(item) for key, item in value.items()}
    return value


def parse(message: bytes, max_body: int = MAX_BODY) -> tuple[dict[str, Any], list[memoryview]]:
    """Parse one whole framed message held in memory; bytes after the frame are ignored."""
    header_length, body_length = parse_prefix(message[: PREFIX.size], max_body)
    start, end = PREFIX.size + header_length, PREFIX.size + header_length + body_length
    if len(message) < end:
        raise WireError(f"message is {len(message)} bytes; its prefix announces {end}")
    return unframe(message[PREFIX.size : start], message[start:end])


def roundtrip(header: dict[str, Any], blobs: list[bytes]) -> tuple[dict[str, Any], list[memoryview]]:
    """Frame and parse again: what the other side of the boundary would see."""
    return parse(frame(header, blobs))


def read_frame(read_some: Callable[[int], bytes], max_body: int = MAX_BODY) -> bytes:
    """The bytes of one whole framed message from a stream, in as few reads as it arrives in.

    ``read_some(n)`` is told how many bytes the message still needs and may return fewer or (from a pipe
    that holds nothing else) more; ``b""`` means the stream ended, and raises EOFError here."""
    data = bytearray()  # grows in place: a message of many reads is not copied once per read
    needed = PREFIX.size
    while len(data) < needed:
        chunk = read_some(needed - len(data))
        if not chunk:
            raise EOFError("the stream ended inside a message")
        data += chunk
        if needed == PREFIX.size and len(data) >= needed:
            header_length, body_length = parse_prefix(bytes(data[:needed]), max_body)
            needed += header_length + body_length
    return bytes(data)


def read_message(read_exactly, max_body: int = MAX_BODY) -> tuple[dict[str, Any], list[memoryview]]:
    """Read one framed message with ``read_exactly(n) -> bytes`` (which raises EOFError when short)."""
    return parse(read_frame(read_exactly, max_body), max_body)


# ------------------------------------------------------------------------------------------ values out
def qualname(obj: Any) -> str:
    kind = type(obj)
    return f"{kind.__module__}.{kind.__qualname__}"


def _trusted_repr(obj: Any) -> bool:
    owner = getattr(type(obj).__repr__, "__module__", None) or ""
    return owner.split(".")[0] in ("builtins", "torch", "numpy", "collections")


def _safe_repr(obj: Any) -> str:
    """repr() only when it is library code: a learner's own __repr__ is never run by the probe."""
    trusted = _trusted_repr(obj)
    try:
        text = repr(obj) if trusted else object.__repr__(obj)
    except BaseException:  # noqa: BLE001 - a hostile __repr__ must not break the probe
        text = f"<{qualname(obj)} with a failing __repr__>"
    return text if len(text) <= MAX_TEXT else text[:MAX_TEXT] + "…"


def _tensor_bytes(tensor: torch.Tensor) -> bytes:
    plain = tensor.detach()
    if plain.is_cpu and plain.dtype in _NUMPY_TORCH and not (plain.is_conj() or plain.is_neg()):
        return plain.numpy().tobytes()  # C order, whatever the strides
    flat = plain.to("cpu").resolve_conj().resolve_neg().contiguous().reshape(-1)
    if flat.numel() == 0:
        return b""
    return flat.view(torch.uint8).numpy().tobytes()


def encode_tensor(tensor: torch.Tensor, blobs: list[bytes]) -> dict[str, Any]:
    """Describe a tensor (any subclass) and append its raw bytes, bypassing ``__torch_function__``."""
    with torch._C.DisableTorchFunctionSubclass():
        if tensor.is_nested:  # no single shape (a jagged one's sizes are symbolic): named by its layout
            return {
                "kind": "tensor",
                "dtype": DTYPE_NAMES.get(tensor.dtype, str(tensor.dtype)),
                "shape": [],
                "device": "cpu" if tensor.is_cpu else tensor.device.type,
                "requires_grad": bool(tensor.requires_grad),
                "grad_fn": None,
                "contiguous": True,
                "subclass": None,  # torch's own jagged layout is a Python subclass; the layout says enough
                "layout": "nested",
                "blob": None,
                "too_large": False,
            }
        plain = tensor.as_subclass(torch.Tensor) if type(tensor) is not torch.Tensor else tensor
        device = "cpu" if plain.is_cpu else plain.device.type
        strided = plain.layout == torch.strided
        described = {
            "kind": "tensor",
            "dtype": DTYPE_NAMES.get(plain.dtype, str(plain.dtype)),
            "shape": list(plain.shape),
            "device": device,
            "requires_grad": bool(plain.requires_grad),
            "grad_fn": type(plain.grad_fn).__name__ if plain.grad_fn is not None else None,
            "contiguous": bool(plain.is_contiguous()) if strided else True,
            "subclass": None if type(tensor) is torch.Tensor else qualname(tensor),
        }
        too_large = plain.numel() * plain.element_size() > MAX_TENSOR_BYTES
        if not strided:
            described["layout"] = str(plain.layout)
            if not too_large:  # a sparse result's values still cross, for the judge to show them
                plain = plain.to_dense()
        if device == "meta" or plain.dtype not in DTYPE_NAMES or too_large:
            described["blob"] = None
            described["too_large"] = too_large
            return described
        blobs.append(_tensor_bytes(plain))
    described["blob"] = len(blobs) - 1
    return described


def _encode_float(value: float) -> Any:
    return value if math.isfinite(value) else repr(value)


def encode_value(obj: Any, blobs: list[bytes], depth: int = 0) -> dict[str, Any]:
    """Turn any Python object into plain data; unknown objects become their type name and repr."""
    if depth > MAX_DEPTH:
        return {"kind": "object", "type": qualname(obj), "repr": "<nested too deeply>"}
    if obj is None:
        return {"kind": "none"}
    if isinstance(obj, bool) and type(obj) is bool:
        return {"kind": "bool", "value": obj}
    if type(obj) is int:
        return (
            {"kind": "int", "value": obj}
            if abs(obj) < 2**63
            else {"kind": "object", "type": "int", "repr": _safe_repr(obj)}
        )
    if type(obj) is float:
        return {"kind": "float", "value": _encode_float(obj)}
    if type(obj) is str:
        return {"kind": "str", "value": obj[:MAX_TEXT]}
    if isinstance(obj, torch.Tensor):
        return encode_tensor(obj, blobs)
    return _encode_container(obj, blobs, depth)


def _encode_container(obj: Any, blobs: list[bytes], depth: int) -> dict[str, Any]:
    numpy_value = _encode_numpy(obj, blobs)
    if numpy_value is not None:
        return numpy_value
    if type(obj) in (list, tuple):
        items = [encode_value(item, blobs, depth + 1) for item in list(obj)[:MAX_ITEMS]]
        return {"kind": type(obj).__name__, "items": items, "length": len(obj)}
    if type(obj) is dict:
        pairs = list(obj.items())[:MAX_ITEMS]
        items = [[encode_value(k, blobs, depth + 1), encode_value(v, blobs, depth + 1)] for k, v in pairs]
        return {"kind": "dict", "items": items, "length": len(obj)}
    return {"kind": "object", "type": qualname(obj), "repr": _safe_repr(obj), "trusted": _trusted_repr(obj)}


def _encode_numpy(obj: Any, blobs: list[bytes]) -> dict[str, Any] | None:
    import numpy

    if isinstance(obj, numpy.ndarray) and type(obj) is numpy.ndarray:
        try:
            tensor = torch.from_numpy(numpy.ascontiguousarray(obj))
        except TypeError:
            return {"kind": "object", "type": "numpy.ndarray", "repr": _safe_repr(obj)}
        described = encode_tensor(tensor, blobs)
        described["kind"] = "ndarray"
        return described
    if isinstance(obj, numpy.generic) and type(obj).__module__ == "numpy":
        value = obj.item()
        if isinstance(value, float):
            value = _encode_float(value)
        elif not isinstance(value, (int, bool)):
            return {"kind": "object", "type": qualname(obj), "repr": _safe_repr(obj)}
        return {"kind": "npscalar", "dtype": str(obj.dtype), "value": value}
    return None


# ------------------------------------------------------------------------------------------- values in
@dataclass
class TensorValue:
    """A tensor rebuilt in the trusted process, with what the learner's object claimed to be.

    Its bytes are checked when the reply is decoded, but copied into a tensor only when ``tensor`` is first
    read: a value that matches the reference byte for byte (most of them) never needs one."""

    dtype: str
    shape: tuple[int, ...]
    device: str = "cpu"
    requires_grad: bool = False
    grad_fn: str | None = None
    contiguous: bool = True
    subclass: str | None = None
    ndarray: bool = False
    layout: str | None = None
    _array: Any = field(default=None, repr=False, compare=False)
    raw: Any = field(default=None, repr=False, compare=False)  # the bytes it was built from, if any
    _tensor: Any = field(default=None, repr=False, compare=False)
    # (dtype name, shape, bytes): checked when decoded, copied into ``_tensor`` when first used
    _pending: Any = field(default=None, repr=False, compare=False)

    @property
    def tensor(self) -> torch.Tensor | None:
        """The values (None: no data crossed, e.g. a meta-device tensor)."""
        pending = self._pending  # read once: judging threads share the reference's values
        if pending is not None:
            self._tensor = _copy_out(*pending)  # set before ``_pending`` is cleared: never a gap
            self._pending = None
        return self._tensor

    @property
    def has_data(self) -> bool:
        return self._tensor is not None or self._pending is not None

    def array(self):
        """The values as float64/complex128 NumPy (cached): comparisons run in NumPy."""
        if self._array is None and self.tensor is not None:
            wide = torch.complex128 if self.tensor.is_complex() else torch.float64
            self._array = self.tensor.to(wide).numpy()
        return self._array


@dataclass
class ObjectValue:
    type: str
    repr: str = ""
    trusted: bool = (
        False  # the repr came from library code (torch.device, nn.Sequential…), so it can be compared
    )


@dataclass
class SequenceValue:
    kind: str  # list | tuple
    items: list[Any] = field(default_factory=list)
    length: int = 0


@dataclass
class DictValue:
    items: list[tuple[Any, Any]] = field(default_factory=list)
    length: int = 0

    def get(self, key: Any, default: Any = None) -> Any:
        for item_key, value in self.items:
            if item_key == key and type(item_key) is type(key):
                return value
        return default


@dataclass
class NumpyScalar:
    dtype: str
    value: Any


def _decode_float(raw: Any) -> float:
    if isinstance(raw, (int, float)) and not isinstance(raw, bool):
        return float(raw)
    if raw in ("nan", "inf", "-inf"):
        return float(raw)
    raise WireError(f"bad float {raw!r}")


def _expect(condition: bool, what: str) -> None:
    if not condition:
        raise WireError(what)


def decode_tensor(data: dict[str, Any], blobs: list[memoryview]) -> TensorValue:
    shape = _checked_shape(data.get("shape"))
    value = TensorValue(
        dtype=str(data.get("dtype")),
        shape=tuple(shape),
        device=str(data.get("device", "cpu"))[:40],
        requires_grad=bool(data.get("requires_grad", False)),
        grad_fn=None if data.get("grad_fn") is None else str(data["grad_fn"])[:80],
        contiguous=bool(data.get("contiguous", True)),
        subclass=None if data.get("subclass") is None else str(data["subclass"])[:200],
        ndarray=data.get("kind") == "ndarray",
        layout=None if data.get("layout") is None else str(data["layout"])[:40],
    )
    if data.get("blob") is not None:
        value._pending = _checked_blob(data, blobs)  # checked now, copied when first used
        value.raw = blobs[data["blob"]]
    return value


def _checked_shape(shape: Any) -> list[int]:
    # Messages are formatted only on failure: this runs for every tensor that crosses.
    if type(shape) is not list or not all(type(n) is int and n >= 0 for n in shape):
        raise WireError(f"bad shape {shape!r}")
    if len(shape) > 16:
        raise WireError(f"too many dimensions: {len(shape)}")
    return shape


def tensor_from(data: dict[str, Any], blobs: list[memoryview]) -> torch.Tensor:
    """The tensor a description with a blob stands for: a private, writable copy of checked bytes."""
    return _copy_out(*_checked_blob(data, blobs))


def _checked_blob(data: dict[str, Any], blobs: list[memoryview]) -> tuple[str, list[int], memoryview]:
    """(dtype name, shape, bytes) of a description with a blob, once every part of it is checked."""
    dtype_name, blob_index = data.get("dtype"), data.get("blob")
    shape = _checked_shape(data.get("shape"))
    if type(dtype_name) is not str or dtype_name not in DTYPES:
        raise WireError(f"dtype {dtype_name!r} is not allowed on the wire")
    if type(blob_index) is not int or not 0 <= blob_index < len(blobs):
        raise WireError(f"bad blob index {blob_index!r}")
    raw, needed = blobs[blob_index], math.prod(shape) * _ITEMSIZE[dtype_name]
    if len(raw) != needed:
        raise WireError(f"tensor of shape {shape} {dtype_name} needs {needed} bytes, got {len(raw)}")
    return dtype_name, shape, raw


def _copy_out(dtype_name: str, shape: list[int], raw: memoryview) -> torch.Tensor:
    if not raw:
        return torch.empty(shape, dtype=DTYPES[dtype_name])
    if dtype_name in _NUMPY:
        return torch.from_numpy(numpy.frombuffer(raw, _NUMPY[dtype_name]).reshape(shape).copy())
    return torch.frombuffer(bytearray(raw), dtype=torch.uint8).view(DTYPES[dtype_name]).reshape(shape)


def decode_value(data: Any, blobs: list[memoryview], depth: int = 0) -> Any:
    """Rebuild plain data sent by ``encode_value``; anything unexpected raises ``WireError``."""
    _expect(isinstance(data, dict) and depth <= MAX_DEPTH + 1, "bad value description")
    kind = data.get("kind")
    if kind == "none":
        return None
    if kind in ("bool", "int", "str"):
        raw = data.get("value")
        expected = {"bool": bool, "int": int, "str": str}[kind]
        _expect(type(raw) is expected, f"bad {kind} value {raw!r}")
        return raw
    if kind == "float":
        return _decode_float(data.get("value"))
    if kind in ("tensor", "ndarray"):
        return decode_tensor(data, blobs)
    if kind == "npscalar":
        return NumpyScalar(str(data.get("dtype"))[:20], data.get("value"))
    if kind in ("list", "tuple"):
        items = data.get("items")
        _expect(isinstance(items, list) and len(items) <= MAX_ITEMS, "bad sequence")
        decoded = [decode_value(item, blobs, depth + 1) for item in items]
        return SequenceValue(kind, decoded, int(data.get("length", len(items))))
    if kind == "dict":
        items = data.get("items")
        _expect(isinstance(items, list) and len(items) <= MAX_ITEMS, "bad dict")
        pairs = []
        for pair in items:
            _expect(isinstance(pair, list) and len(pair) == 2, "bad dict item")
            pairs.append((decode_value(pair[0], blobs, depth + 1), decode_value(pair[1], blobs, depth + 1)))
        return DictValue(pairs, int(data.get("length", len(pairs))))
    if kind == "object":
        return ObjectValue(
            str(data.get("type"))[:200], str(data.get("repr", ""))[:MAX_TEXT], data.get("trusted") is True
        )
    raise WireError(f"unknown value kind {kind!r}")

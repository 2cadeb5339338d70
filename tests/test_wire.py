"""The boundary format: values round-trip, and anything malformed or forged is rejected."""

from __future__ import annotations

import json
import struct

import numpy
import pytest
import torch

from torchdojo.grader import wire


def roundtrip(value):
    blobs: list[bytes] = []
    encoded = wire.encode_value(value, blobs)
    header, parsed = wire.roundtrip({"value": encoded}, blobs)
    return wire.decode_value(header["value"], parsed)


@pytest.mark.parametrize(
    "dtype",
    [
        torch.float32,
        torch.float64,
        torch.float16,
        torch.bfloat16,
        torch.int64,
        torch.uint8,
        torch.bool,
        torch.complex64,
    ],
)
def test_tensors_round_trip_bit_for_bit(dtype):
    tensor = (torch.randn(3, 4) * 10).to(dtype)
    decoded = roundtrip(tensor)
    assert decoded.dtype == str(dtype).removeprefix("torch.")
    assert torch.equal(decoded.tensor, tensor)


@pytest.mark.parametrize("shape", [(), (0,), (0, 3), (1,), (2, 1, 3)])
def test_odd_shapes_round_trip(shape):
    tensor = torch.randn(shape)
    assert roundtrip(tensor).tensor.shape == tensor.shape


def test_non_contiguous_tensor_keeps_its_values_and_says_it_was_not_contiguous():
    tensor = torch.randn(4, 5).t()
    decoded = roundtrip(tensor)
    assert torch.equal(decoded.tensor, tensor) and decoded.contiguous is False


@pytest.mark.parametrize(
    "make",
    [
        lambda t: t.to(torch.complex64).conj(),  # conjugate bit set: NumPy and view(uint8) both refuse it
        lambda t: t.to(torch.complex128)._neg_view(),  # negative bit set
        lambda t: t.expand(3, 4, 5),  # stride 0
        lambda t: t[:, ::2],  # strided slice
        lambda t: t.to(torch.bfloat16).t(),  # no NumPy dtype, not contiguous
    ],
)
def test_views_cross_with_the_values_they_show(make):
    view = make(torch.randn(4, 5))
    decoded = roundtrip(view)
    assert decoded.tensor.is_contiguous() and decoded.tensor.shape == view.shape
    assert torch.equal(decoded.tensor, view.resolve_conj().resolve_neg())


def test_decoded_tensors_are_private_writable_copies():
    blobs: list[bytes] = []
    encoded = wire.encode_value(torch.arange(6.0), blobs)
    header, parsed = wire.roundtrip({"value": encoded}, blobs)
    first, second = (wire.tensor_from(header["value"], parsed) for _ in range(2))
    first.add_(1)
    assert torch.equal(second, torch.arange(6.0)) and bytes(parsed[0]) == blobs[0]


def test_a_decoded_tensor_is_checked_at_once_and_copied_only_when_used():
    blobs: list[bytes] = []
    encoded = wire.encode_value(torch.arange(6.0).reshape(2, 3), blobs)
    header, parsed = wire.roundtrip({"value": encoded}, blobs)
    decoded = wire.decode_value(header["value"], parsed)
    assert decoded.has_data and decoded._tensor is None  # nothing copied yet
    assert torch.equal(decoded.tensor, torch.arange(6.0).reshape(2, 3))
    assert decoded.tensor is decoded.tensor  # copied once
    short = dict(header["value"], shape=[3, 3])  # a forged shape: the bytes do not fit it
    with pytest.raises(wire.WireError, match="needs 36 bytes"):
        wire.decode_value(short, parsed)  # rejected while decoding, not later when the values are read
    meta = wire.decode_value(wire.encode_value(torch.empty(2, 3, device="meta"), []), [])
    assert not meta.has_data and meta.tensor is None


def test_threads_reading_a_shared_decoded_tensor_all_get_its_values():
    import threading

    blobs: list[bytes] = []
    encoded = wire.encode_value(torch.arange(1000.0), blobs)
    header, parsed = wire.roundtrip({"value": encoded}, blobs)
    for _ in range(20):
        decoded = wire.decode_value(header["value"], parsed)
        seen, errors = [], []

        def read(value=decoded, seen=seen, errors=errors):
            try:
                seen.append(float(value.tensor.sum()))
            except Exception as error:  # noqa: BLE001 - collected for the assertion
                errors.append(error)

        threads = [threading.Thread(target=read) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not errors and seen == [499500.0] * 8


def test_plain_values_and_containers():
    decoded = roundtrip({"a": [1, 2.5, None, "x", True], "b": (float("nan"), float("inf"))})
    assert decoded.get("a").items[:2] == [1, 2.5] and decoded.get("a").items[2:] == [None, "x", True]
    nan, inf = decoded.get("b").items
    assert nan != nan and inf == float("inf")


def test_numpy_array_is_marked_as_numpy():
    decoded = roundtrip(numpy.arange(6).reshape(2, 3))
    assert decoded.ndarray and decoded.shape == (2, 3)


def test_tensor_subclass_is_reported_and_its_bytes_read_without_its_torch_function():
    class Liar(torch.Tensor):
        @classmethod
        def __torch_function__(cls, func, types, args=(), kwargs=None):
            raise RuntimeError("no")

    decoded = roundtrip(torch.ones(2).as_subclass(Liar))
    assert decoded.subclass and decoded.subclass.endswith("Liar")
    assert torch.equal(decoded.tensor, torch.ones(2))


def test_unknown_objects_become_their_type_and_never_run_learner_repr():
    class Loud:
        def __repr__(self):
            raise AssertionError("learner code ran")

    decoded = roundtrip(Loud())
    assert isinstance(decoded, wire.ObjectValue) and decoded.type.endswith("Loud")


def _message(header: dict, body: bytes = b"") -> bytes:
    encoded = json.dumps(header).encode()
    return struct.pack("<4sIQ", b"TDJ1", len(encoded), len(body)) + encoded + body


@pytest.mark.parametrize(
    "value, blob",
    [
        ({"kind": "tensor", "dtype": "float32", "shape": [4], "blob": 0}, b"\0" * 15),  # wrong byte count
        ({"kind": "tensor", "dtype": "object", "shape": [1], "blob": 0}, b"\0" * 8),  # dtype not allowed
        ({"kind": "tensor", "dtype": "float32", "shape": [-1], "blob": 0}, b"\0" * 4),  # negative size
        ({"kind": "tensor", "dtype": "float32", "shape": [1], "blob": 5}, b"\0" * 4),  # no such blob
        ({"kind": "tensor", "dtype": ["float32"], "shape": [1], "blob": 0}, b"\0" * 4),  # unhashable dtype
        ({"kind": "tensor", "dtype": "float32", "shape": [1] * 17, "blob": 0}, b"\0" * 4),  # too many dims
        ({"kind": "tensor", "dtype": "float32", "shape": [1], "blob": True}, b"\0" * 4),  # bool, not index
        ({"kind": "tensor", "dtype": "float32", "shape": "1", "blob": 0}, b"\0" * 4),  # not a list
        ({"kind": "pickle", "data": "gASV"}, b""),  # unknown kinds are refused, never unpickled
        ({"kind": "int", "value": "1"}, b""),
    ],
)
def test_malformed_values_are_rejected(value, blob):
    header, blobs = wire.unframe(json.dumps({"value": value, "blobs": [len(blob)]}).encode(), blob)
    with pytest.raises(wire.WireError):
        wire.decode_value(header["value"], blobs)


def test_bad_magic_and_oversized_frames_are_rejected():
    with pytest.raises(wire.WireError):
        wire.parse_prefix(struct.pack("<4sIQ", b"PKL5", 10, 10))
    with pytest.raises(wire.WireError):
        wire.parse_prefix(struct.pack("<4sIQ", b"TDJ1", 10, wire.MAX_BODY + 1))


def test_blob_lengths_must_match_the_body():
    message = _message({"blobs": [10]}, b"\0" * 4)
    with pytest.raises(wire.WireError):
        wire.unframe(message[16:-4], message[-4:])


def test_framer_adds_one_field_to_a_message_encoded_once():
    header = {"entry": "f", "cases": [{"name": "a", "seed": 0}]}
    blobs = [b"\x00\x01", b"xyz"]
    framer = wire.Framer(header, blobs)
    source = 'def f():\n    return "é\\u2028"  # ünï\n'
    parsed, parts = wire.parse(framer.with_field("source", source))
    expected, expected_parts = wire.parse(wire.frame(dict(header, source=source), blobs))
    assert parsed == expected
    assert [bytes(part) for part in parts] == [bytes(part) for part in expected_parts]
    with pytest.raises(ValueError, match="already has a field 'entry'"):
        framer.with_field("entry", "g")


def test_unpaired_surrogates_in_a_reply_become_replacement_characters():
    header = {"text": "a\ud800b", "items": ["\U0001f600", {"\udcff": "ok"}], "blobs": []}
    parsed, _ = wire.parse(wire.frame(header))
    assert parsed["text"] == "a\ufffdb" and parsed["items"] == ["\U0001f600", {"\ufffd": "ok"}]
    parsed["text"].encode("utf-8")  # writable anywhere now

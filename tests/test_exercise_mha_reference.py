"""The multi-head attention exercise's reference agrees with torch's scaled_dot_product_attention."""

import importlib.util
from pathlib import Path

import pytest
import torch
import torch.nn.functional as F

SOLUTION = (
    Path(__file__).resolve().parents[1]
    / "src/torchdojo/courses/pytorch/exercises/transformers/multi-head-attention/solution.py"
)


def load_reference():
    spec = importlib.util.spec_from_file_location("mha_reference", SOLUTION)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.multi_head_attention


def sdpa_attention(x, w_q, w_k, w_v, w_o, n_heads, causal):
    """The same block through F.scaled_dot_product_attention (default scale 1/sqrt(head size))."""
    B, T, C = x.shape
    hs = C // n_heads
    q, k, v = ((x @ w).view(B, T, n_heads, hs).transpose(1, 2) for w in (w_q, w_k, w_v))  # (B, nh, T, hs)
    out = F.scaled_dot_product_attention(q, k, v, is_causal=causal)  # (B, nh, T, hs)
    return out.transpose(1, 2).reshape(B, T, C) @ w_o  # (B, T, C)


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
@pytest.mark.parametrize("causal", [False, True])
@pytest.mark.parametrize(
    ("B", "T", "C", "n_heads"), [(2, 5, 8, 2), (1, 1, 4, 4), (3, 7, 12, 3), (2, 9, 16, 1), (4, 16, 32, 8)]
)
def test_reference_matches_sdpa(B, T, C, n_heads, causal, dtype):
    generator = torch.Generator().manual_seed(B * 1000 + T * 100 + C)
    x = torch.randn(B, T, C, generator=generator, dtype=dtype)
    weights = [torch.randn(C, C, generator=generator, dtype=dtype) / C**0.5 for _ in range(4)]
    got = load_reference()(x, *weights, n_heads=n_heads, causal=causal)
    expected = sdpa_attention(x, *weights, n_heads, causal)
    assert got.shape == (B, T, C) and got.dtype == dtype
    tolerance = {"rtol": 1e-5, "atol": 1e-6} if dtype == torch.float32 else {"rtol": 1e-10, "atol": 1e-12}
    torch.testing.assert_close(got, expected, **tolerance)


def test_causal_first_position_sees_only_itself():
    generator = torch.Generator().manual_seed(0)
    x = torch.randn(1, 4, 6, generator=generator, dtype=torch.float64)
    w_q, w_k, w_v = (torch.randn(6, 6, generator=generator, dtype=torch.float64) for _ in range(3))
    identity = torch.eye(6, dtype=torch.float64)
    out = load_reference()(x, w_q, w_k, w_v, identity, n_heads=2, causal=True)
    torch.testing.assert_close(out[:, 0], (x @ w_v)[:, 0])

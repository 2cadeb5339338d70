"""Check spec for training/clip-grad-norm: norms above and below the limit, zeros, an empty list."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, randn


def cases(generator):
    yield Case(
        "norm above the limit",
        {"grads": [randn(generator, 3, 4), randn(generator, 4)], "max_norm": 1.0},
    )
    yield Case(
        "norm below the limit",
        {"grads": [randn(generator, 2, 2, scale=0.01), randn(generator, 2, scale=0.01)], "max_norm": 5.0},
        note="clipping never scales gradients up",
    )
    yield Case(
        "one big tensor, one small",
        {"grads": [randn(generator, 5, scale=10.0), randn(generator, 3, scale=0.1)], "max_norm": 2.0},
        note="the same factor for every tensor",
    )
    yield Case(
        "all zeros",
        {"grads": [torch.zeros(3), torch.zeros(2, 2)], "max_norm": 1.0},
        note="norm 0: nothing to divide",
    )
    yield Case("no gradients", {"grads": [], "max_norm": 1.0}, note="an empty list has norm 0.0")
    yield Case(
        "hidden: exploding",
        {
            "grads": [randn(generator, 4, 4, scale=1e3), randn(generator, 4, scale=1e3), randn(generator, 1)],
            "max_norm": 0.5,
        },
        hidden=True,
    )


def per_tensor(got, expected, case):
    a = case.args
    clipped = got.items[0].items
    for item, g in zip(clipped, a["grads"]):
        coef = min(1.0, a["max_norm"] / (float(g.norm()) + 1e-6))
        if not item.tensor.allclose(g * coef, rtol=1e-4, atol=1e-6):
            return False
    return len(a["grads"]) > 1


CHECK = Check(
    entry="clip_by_global_norm",
    cases=cases,
    seed=302,
    tolerance={"float32": (1e-4, 1e-6)},
    float_tolerance=(1e-4, 1e-6),
    bugs=(
        Bug(
            "per-tensor-norm",
            "You clipped each tensor by its own norm. The global norm is one number for all gradients together, and every tensor is scaled by the same factor.",
            per_tensor,
        ),
    ),
)

"""Check spec for labs/autograd/step-5: float64 regressions; a one-sided difference is named."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, randn


def problem(name, generator, n, f, eps, hidden=False):
    args = {
        "w": randn(generator, f, dtype=torch.float64),
        "x": randn(generator, n, f, dtype=torch.float64),
        "y": randn(generator, n, dtype=torch.float64),
        "eps": eps,
    }
    return Case(name, args, hidden=hidden)


def cases(generator):
    yield problem("F=3, eps=1e-3", generator, 6, 3, 1e-3)
    yield problem("F=1, eps=1e-2", generator, 4, 1, 1e-2)
    yield problem("hidden: F=5", generator, 10, 5, 1e-3, hidden=True)


def one_sided(got, expected, case):
    a = case.args
    w, eps = a["w"], a["eps"]
    forward = torch.zeros_like(w)
    base = ((a["x"] @ w - a["y"]) ** 2).mean()
    for i in range(w.shape[0]):
        up = w.clone()
        up[i] += eps
        forward[i] = (((a["x"] @ up - a["y"]) ** 2).mean() - base) / eps
    return got.shape == expected.shape and torch.allclose(got.tensor, forward, rtol=1e-6, atol=1e-8)


CHECK = Check(
    entry="numeric_grad",
    cases=cases,
    tolerance={"float64": (1e-6, 1e-8)},
    bugs=(
        Bug(
            "one-sided",
            "This is a one-sided (forward) difference, (loss(w + eps) - loss(w)) / eps. Use both neighbours: (loss(w + eps) - loss(w - eps)) / (2 * eps), which is far more accurate.",
            one_sided,
        ),
    ),
)

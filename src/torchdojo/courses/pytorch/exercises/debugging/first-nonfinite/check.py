"""Check spec for debugging/first-nonfinite: NaN, +inf, -inf first, all finite, empty, float64."""

import torch

from torchdojo.grader.spec import Case, Check, randn

NAN, INF = float("nan"), float("inf")


def cases(generator):
    yield Case("a NaN at step 4", {"losses": torch.tensor([2.0, 1.5, 1.2, 1.1, NAN, NAN])})
    yield Case(
        "inf before NaN", {"losses": torch.tensor([2.0, 1.0, INF, NAN])}, note="+inf is non-finite too"
    )
    yield Case("-inf", {"losses": torch.tensor([0.5, -INF, 0.4])}, note="-inf counts")
    yield Case("all finite", {"losses": randn(generator, 10).abs()}, note="no bad step: -1")
    yield Case("empty", {"losses": torch.empty(0)}, note="no steps: -1")
    yield Case("first step", {"losses": torch.tensor([NAN, 1.0])}, note="index 0 is a valid answer")
    yield Case("float64", {"losses": torch.tensor([1.0, 1e308 * 10, 2.0], dtype=torch.float64)})
    losses = randn(generator, 500).abs()
    losses[317] = INF
    losses[400:] = NAN
    yield Case("hidden: long run", {"losses": losses}, hidden=True)


# check_inputs_unchanged is off: the grader's in-place test compares with torch.equal, and NaN != NaN, so an
# input holding NaN always looks "changed" (reported as a grader bug)
CHECK = Check(entry="first_nonfinite", cases=cases, seed=502, check_inputs_unchanged=False)

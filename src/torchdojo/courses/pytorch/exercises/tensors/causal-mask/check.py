"""Check spec for tensors/causal-mask: several sizes, 0 and 1, and the "meta" device (on every machine).

A result on "meta" has no values to compare, but its device must be meta: a mask made on the CPU shows up.
"""

from torchdojo.grader.spec import Bug, Case, Check


def cases(generator):
    yield Case("size 4", {"size": 4, "device": "cpu"})
    yield Case("size 7", {"size": 7, "device": "cpu"})
    yield Case("size 1", {"size": 1, "device": "cpu"}, note="a single True")
    yield Case("size 0", {"size": 0, "device": "cpu"}, note="(0, 0)")
    yield Case("on the meta device", {"size": 5, "device": "meta"}, note="create it on `device`")
    yield Case("hidden: size 12", {"size": 12, "device": "cpu"}, hidden=True)


def upper(got, expected, case):
    return got.tensor is not None and bool((got.tensor.bool() == expected.tensor.t()).all())


CHECK = Check(
    entry="causal_mask",
    cases=cases,
    seed=16,
    exact=True,
    bugs=(
        Bug(
            "future-visible",
            "This is the upper triangle: row i may see the future. Keep j ≤ i with tril, not triu.",
            upper,
        ),
    ),
)

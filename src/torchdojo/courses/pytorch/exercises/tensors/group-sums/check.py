"""Check spec for tensors/group-sums: repeated ids, empty groups, N of 0, one group, float64, large values."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randint, randn


def cases(generator):
    yield Case(
        "10 values, 4 groups",
        {"values": randn(generator, 10), "groups": randint(generator, 0, 4, 10), "num_groups": 4},
    )
    yield Case(
        "empty groups",
        {"values": randn(generator, 5), "groups": torch.tensor([1, 1, 4, 1, 4]), "num_groups": 6},
        note="groups 0, 2, 3 and 5 have no values: 0",
    )
    yield Case(
        "one group",
        {"values": randn(generator, 6), "groups": torch.zeros(6, dtype=torch.int64), "num_groups": 1},
    )
    yield Case(
        "no values",
        {"values": torch.empty(0), "groups": torch.empty(0, dtype=torch.int64), "num_groups": 3},
        note="N = 0: three zeros",
    )
    yield Case(
        "float64",
        {
            "values": randn(generator, 8, dtype=torch.float64),
            "groups": randint(generator, 0, 3, 8),
            "num_groups": 3,
        },
        note="float64 in, float64 out",
    )
    yield Case(
        "non-contiguous",
        {
            "values": noncontiguous(randn(generator, 9)),
            "groups": randint(generator, 0, 5, 9),
            "num_groups": 5,
        },
    )
    yield Case(
        "hidden: large values",
        {
            "values": randn(generator, 30, dtype=torch.float64, scale=1e6),
            "groups": randint(generator, 0, 7, 30),
            "num_groups": 7,
        },
        hidden=True,
    )


def one_write_per_slot(got, expected, case):
    """Each slot holds a single member's value (or 0): `out[groups] += values` kept one write per index."""
    values, groups = case.args["values"], case.args["groups"]
    if not isinstance(values, torch.Tensor) or got.tensor is None or got.shape != expected.shape:
        return False
    for g, total in enumerate(got.tensor.tolist()):
        members = values[groups == g].tolist()
        if members and total not in members:
            return False
        if not members and total != 0:
            return False
    return True


CHECK = Check(
    entry="group_sums",
    cases=cases,
    seed=21,
    tolerance={"float32": (1e-5, 1e-5), "float64": (1e-9, 1e-6)},  # summation order may differ
    bugs=(
        Bug(
            "lost-duplicates",
            "Each group holds just one of its values: out[groups] += values writes a repeated index once instead of adding. Use index_add_ or scatter_add_.",
            one_write_per_slot,
        ),
    ),
)

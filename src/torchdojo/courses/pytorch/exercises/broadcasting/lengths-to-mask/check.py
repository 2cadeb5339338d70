"""Check spec for broadcasting/lengths-to-mask: B != max_len, zero and full lengths, B = 0, max_len = 0."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, randint


def cases(generator):
    yield Case("B=3, max_len=5", {"lengths": randint(generator, 1, 6, 3), "max_len": 5})
    yield Case("B=6, max_len=4", {"lengths": randint(generator, 0, 5, 6), "max_len": 4})
    yield Case(
        "full and empty rows",
        {"lengths": torch.tensor([4, 0, 2]), "max_len": 4},
        note="a length of max_len and a length of 0",
    )
    yield Case("one sequence", {"lengths": torch.tensor([2]), "max_len": 3}, note="B = 1")
    yield Case(
        "empty batch",
        {"lengths": torch.empty(0, dtype=torch.int64), "max_len": 3},
        note="B = 0: the result is (0, 3)",
    )
    yield Case(
        "max_len 0", {"lengths": torch.zeros(2, dtype=torch.int64), "max_len": 0}, note="the result is (2, 0)"
    )
    yield Case(
        "on the meta device",
        {"lengths": torch.empty(4, dtype=torch.long, device="meta"), "max_len": 6},
        note="lengths lives on 'meta', a stand-in for a GPU: the mask must be built there too",
    )
    yield Case("hidden long", {"lengths": randint(generator, 0, 51, 16), "max_len": 50}, hidden=True)


def off_by_one(got, expected, case):
    lengths, max_len = case.args["lengths"], case.args["max_len"]
    return torch.equal(got.tensor, torch.arange(max_len)[None, :] <= lengths[:, None])


CHECK = Check(
    entry="lengths_to_mask",
    cases=cases,
    seed=113,
    exact=True,
    bugs=(
        Bug(
            "off-by-one",
            "Each row keeps one position too many: positions run 0 … length − 1, so compare with <, not <=.",
            off_by_one,
        ),
    ),
)

"""Check spec for tensors/tensor-from-lists: all-float, all-int and mixed lists, one row, one column, large values."""

import torch

from torchdojo.grader.spec import Case, Check


def cases(generator):
    yield Case("all floats", {"rows": [[0.5, -1.25, 2.0], [3.5, 4.0, -0.75]]})
    yield Case("all ints", {"rows": [[1, 2, 3], [4, 5, 6], [7, 8, 9]]}, note="ints in, float32 out")
    yield Case("mixed", {"rows": [[1, 2.5], [-3, 4], [0, 0.125]]}, note="ints and floats together")
    yield Case("one row", {"rows": [[7, 1, 4, 2]]}, note="N = 1: the result is (1, 4), not (4,)")
    yield Case("one column", {"rows": [[1.5], [2.5], [-3.5]]}, note="L = 1")
    random_ints = torch.randint(-1000, 1000, (6, 5), generator=generator).tolist()  # nested lists of ints
    yield Case("hidden: 6×5 ints", {"rows": random_ints}, hidden=True)
    yield Case("hidden: large", {"rows": [[1e30, -2e30], [3, 4]]}, hidden=True)


CHECK = Check(entry="tensor_from_lists", cases=cases, seed=14, exact=True)

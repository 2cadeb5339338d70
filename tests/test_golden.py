"""Golden grader cases: one folder per failure mode, the submission and the expected result side by side."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

GOLDEN = sorted(path for path in (Path(__file__).parent / "golden").iterdir() if path.is_dir())


@pytest.mark.parametrize("folder", GOLDEN, ids=[path.name for path in GOLDEN])
def test_golden(grader, folder):
    expected = json.loads((folder / "expected.json").read_text())
    result = grader.grade(expected["exercise"], (folder / "submission.py").read_text())
    payload = result.to_dict()
    assert json.loads(json.dumps(payload)) == payload  # the result round-trips through JSON
    assert result.status.value == expected["status"], str(result)
    failing = [check for check in result.checks if check.status != "passed"]
    assert (failing[0].step if failing else None) == expected["step"], str(result)
    text = failing[0].message if failing else result.feedback
    for words in expected.get("contains", []):
        assert words in text or words in result.feedback, f"{words!r} not in {text!r}"
    for words in expected.get("excludes", []):
        assert all(words not in check.message for check in result.checks), f"{words!r} leaked"
    for words in expected.get("stdout_contains", []):
        assert words in result.stdout


def test_changes_inside_list_arguments_and_to_requires_grad_are_seen():
    import torch

    from torchdojo.grader.probe import changed_inputs, snapshot

    tensors = [torch.ones(2), torch.tensor([float("nan"), 1.0])]
    leaf = torch.zeros(3)
    taken = snapshot({"params": tensors, "leaf": leaf, "nan_input": torch.tensor([float("nan")])})
    tensors[0].sub_(1)
    leaf.requires_grad_(True)
    assert changed_inputs(taken) == [
        "params[0]",
        "leaf (its requires_grad / .grad)",
    ]  # NaN == NaN is unchanged


def test_a_sign_flip_of_zero_is_not_a_mutation_but_any_other_change_is():
    import torch

    from torchdojo.grader.probe import changed_inputs, snapshot

    zeros, values, ints = torch.tensor([-0.0, 0.0]), torch.tensor([-0.0, 2.0]), torch.tensor([3, 4])
    taken = snapshot({"zeros": zeros, "values": values, "ints": ints})
    zeros.abs_()  # -0.0 -> 0.0: equal values, different bytes
    values.mul_(2)  # 2.0 -> 4.0
    ints[1] = 5
    assert changed_inputs(taken) == ["values", "ints"]

"""The zygote's warm-up of torch: every block runs on the installed torch, and it leaves no trace."""

from __future__ import annotations

import warnings

import torch

from torchdojo.grader import warm


def test_every_block_runs_and_the_global_random_state_is_untouched():
    torch.manual_seed(123)
    expected = torch.rand(3)
    torch.manual_seed(123)
    grad_mode = torch.is_grad_enabled()
    assert warm.warm_process() == []  # a block that raises would be named here
    assert torch.equal(torch.rand(3), expected)  # the draws it made came from a forked generator
    assert torch.is_grad_enabled() == grad_mode


def test_a_failing_block_is_named_and_the_rest_still_run(monkeypatch):
    ran = []

    def broken():
        raise RuntimeError("an operation this torch lacks")

    monkeypatch.setattr(warm, "BLOCKS", [broken, lambda: ran.append(True)])
    assert warm.warm_process() == ["broken"]
    assert ran == [True]


def test_a_warning_raised_while_warming_still_shows_to_the_learner_later(monkeypatch):
    def warn_once():
        warnings.warn("learners must still see this", UserWarning, stacklevel=1)

    monkeypatch.setattr(warm, "BLOCKS", [warn_once])
    with warnings.catch_warnings(record=True) as shown:
        warnings.simplefilter("default")  # once per location, as a learner's process shows them
        assert warm.warm_process() == []
        assert shown == []  # swallowed while warming
        warn_once()
    assert [str(warning.message) for warning in shown] == ["learners must still see this"]


def test_a_learner_still_sees_a_warning_torch_gives_once_per_process(grader):
    """torch shows some warnings only once per process (``TORCH_WARN_ONCE``, e.g. converting a tensor that
    requires grad to a Python number): if the zygote or a child's warm-up triggered one, no learner graded
    in that child would see it. Graded through the pool, so every warm-up has run before the learner's code."""
    source = (
        "import torch\n"
        "def pairwise_distances(a, b):\n"
        "    loss = (torch.ones(2, requires_grad=True) * 2).sum()\n"
        "    float(loss)\n"
        "    return torch.cdist(a, b)\n"
    )
    result = grader.grade("tensors/pairwise-distances", source)
    assert result.status == "passed"
    assert "Converting a tensor with requires_grad=True to a scalar" in result.stdout, result.stdout

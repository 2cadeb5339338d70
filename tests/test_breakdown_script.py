"""scripts/grader-breakdown.py: the developer's view of where a grading's time goes."""

from __future__ import annotations

import importlib.util
import json

from torchdojo.grader import pool
from torchdojo.grader.service import Grader
from torchdojo.settings import PACKAGE_DIR

SCRIPT = PACKAGE_DIR.parent.parent / "scripts" / "grader-breakdown.py"


def test_breakdown_times_every_phase_and_leaves_the_grader_as_it_found_it(capsys):
    spec = importlib.util.spec_from_file_location("grader_breakdown", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    before = (Grader.grade, pool.ZygoteProcess.take_spare, pool.ZygoteProcess._read_reply)
    summary = module.main(["--count", "6", "--rate", "100", "--json"])
    assert json.loads(capsys.readouterr().out) == summary
    assert summary["gradings"] == 6
    assert set(summary["phases"]) == set(module.PHASES.values())
    child = summary["phases"]["child runs (reply read)"]["median_ms"]
    assert 0 < child < summary["p50_ms"]
    slowest = [grading["ms"] for grading in summary["slowest"]]
    assert slowest == sorted(slowest, reverse=True) and len(slowest) == 6
    assert (Grader.grade, pool.ZygoteProcess.take_spare, pool.ZygoteProcess._read_reply) == before

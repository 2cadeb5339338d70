"""The lab front door: `torchdojo lab` (interactive, --json, --list) and `torchdojo bench partner`."""

from __future__ import annotations

import json

import click
import pytest
from click.testing import CliRunner

from torchdojo.cli import lab as lab_cli
from torchdojo.partners import lab_paths
from torchdojo.settings import BUNDLED_COURSE

STRONG = [
    "Precision is TP over TP plus FP: 18/63, about 0.29.",
    "Recall is 18 out of 600, only 0.03. F1 is the harmonic mean, about 0.054.",
    "Only 600 of 10,000 loans default, so always predicting no default would score 94% accuracy.",
    "I would not ship this model.",
]


@pytest.fixture
def root() -> click.Group:
    @click.group()
    def cli():
        pass

    cli.add_command(click.Group("bench"))  # stands in for the lead's cli/bench.py
    lab_cli.register(cli)
    return cli


def _lines(output: str) -> list[dict]:
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def test_json_mode_replies_then_gives_the_verdict(root):
    stdin = "\n".join(json.dumps({"say": turn}) for turn in STRONG) + "\n"
    result = CliRunner().invoke(root, ["lab", "first-model/lab-evaluation", "--json"], input=stdin)
    assert result.exit_code == 0, result.output
    lines = _lines(result.output)
    replies, verdict = lines[:-1], lines[-1]["verdict"]
    assert len(replies) == 4 and all({"reply", "covered", "latency_ms"} <= set(line) for line in replies)
    assert replies[0]["covered"] == ["precision"]
    assert verdict["passed"] is True and verdict["exchanges"] == 4
    for point in verdict["points"]:
        assert {"id", "covered", "evidence"} <= set(point)
        assert not point["covered"] or any(point["evidence"] in turn for turn in STRONG)


def test_json_mode_rejects_a_bad_line(root):
    result = CliRunner().invoke(root, ["lab", "first-model/lab-evaluation", "--json"], input="not json\n")
    assert result.exit_code != 0 and "stdin line 1" in str(result.exception)


@pytest.mark.parametrize("as_json", [False, True])
def test_list(root, as_json):
    result = CliRunner().invoke(root, ["lab", "--list"] + (["--json"] if as_json else []))
    assert result.exit_code == 0
    assert "first-model/lab-training-loop" in result.output
    if as_json:
        listed = json.loads(result.output)
        assert len(listed) == len(lab_paths(BUNDLED_COURSE)) >= 4


def test_interactive_session_until_quit(root):
    result = CliRunner().invoke(root, ["lab", "first-model/lab-evaluation"], input=f"{STRONG[0]}\nquit\n")
    assert result.exit_code == 0
    assert "Priya Nair" in result.output and "Verdict: not passed" in result.output
    assert f'you said: "{STRONG[0]}"' in result.output


def test_unknown_lab_is_a_partner_error(root):
    result = CliRunner().invoke(root, ["lab", "first-model/nope", "--json"], input="")
    assert "unknown lab" in str(result.exception)


def test_bench_partner_reports_percentiles(root):
    result = CliRunner().invoke(root, ["bench", "partner", "--json", "--rounds", "1"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.output)
    print(f"bench partner: p50 {report['reply_p50_ms']} ms, p99 {report['reply_p99_ms']} ms")
    assert report["similarity"] is True
    assert report["reply_p50_ms"] <= 300


def test_configured_but_unreachable_server_still_runs_the_lab(root, tmp_path):
    environment = {
        "TORCHDOJO_HOME": str(tmp_path),
        "TORCHDOJO_PARTNER_BACKEND": "openai",
        "TORCHDOJO_PARTNER_BASE_URL": "http://127.0.0.1:9/v1",  # the discard port: nothing answers
        "TORCHDOJO_PARTNER_TIMEOUT_S": "1",
    }
    stdin = json.dumps({"say": STRONG[0]}) + "\n"
    result = CliRunner(env=environment).invoke(
        root, ["lab", "first-model/lab-evaluation", "--json"], input=stdin
    )
    assert result.exit_code == 0, result.output
    assert _lines(result.output)[0]["covered"] == ["precision"]

"""Tests for `torchdojo bench web`: a real server in a subprocess, concurrent raw HTTP/1.1 clients."""

from __future__ import annotations

import json

import click
from click.testing import CliRunner

from torchdojo.cli.serve import register, web_bench
from torchdojo.web.bench import bench_web, page_paths, percentile

pytest_plugins = ["conftest_web"]


def test_page_paths_are_lessons_and_quizzes(mini_course):
    assert page_paths(mini_course) == [
        "/modules/first-steps/lessons/tensors",
        "/modules/first-steps/lessons/tensors/quiz",
        "/modules/first-steps/lessons/training",
        "/modules/first-steps/lessons/training/quiz",
    ]


def test_percentile_picks_the_nearest_rank():
    values = [float(n) for n in range(1, 101)]
    assert (percentile(values, 0.5), percentile(values, 0.99), percentile([], 0.5)) == (50.0, 99.0, 0.0)


def test_bench_web_against_a_real_server(mini_course):
    result = bench_web(mini_course, concurrency=5, duration_s=1.0)
    assert result.errors == 0 and result.requests > 20 and result.concurrency == 5
    assert 0 < result.p50_ms <= result.p99_ms


def test_web_is_registered_under_the_bench_group(mini_course):
    group = click.Group("torchdojo", commands={"bench": click.Group("bench")})
    register(group)
    assert group.commands["bench"].commands["web"] is web_bench
    result = CliRunner().invoke(
        group,
        ["bench", "web", "--course", str(mini_course), "--concurrency", "3", "--duration", "0.5", "--json"],
    )
    assert result.exit_code == 0, result.output
    assert {"p50_ms", "p99_ms", "errors", "concurrency"} <= json.loads(result.output).keys()

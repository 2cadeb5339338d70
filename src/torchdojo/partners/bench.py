"""Timing the offline lab partner: reply latency percentiles once the embedding model is loaded.

``torchdojo bench partner --json`` calls :func:`bench_partner`. Each round plays a scripted conversation
through every lab of the course (a vague turn, then each rubric point's first reference phrasing, one per
turn), timing each ``LabSession.reply``. The encoder's sentence cache is emptied before every reply, so each
turn pays for its embeddings as a new learner sentence would. Loading the model is timed separately and not counted in the percentiles.
"""

from __future__ import annotations

import math
import time
from pathlib import Path

from torchdojo.partners.card import LabCard
from torchdojo.partners.catalog import list_labs
from torchdojo.partners.embedding import load_encoder
from torchdojo.partners.matcher import Matcher
from torchdojo.partners.session import LabSession

VAGUE_TURN = "Honestly I think it depends; it seems fine to me."


def percentile(values: list[float], fraction: float) -> float:
    """Nearest-rank percentile of ``values`` (``fraction`` in 0..1)."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def script(card: LabCard) -> list[str]:
    """Learner turns: a vague one, then one per rubric point."""
    return [VAGUE_TURN] + [point.reference_phrasings[0] for point in card.rubric]


def _play(card: LabCard, matcher: Matcher, turns: list[str]) -> list[float]:
    session, latencies = LabSession(card, matcher=matcher), []
    session.opening()
    for turn in turns:
        if session.finished:
            break
        if matcher.encoder is not None:
            matcher.encoder.cache.clear()  # reference vectors live in the matcher; learner text is always new
        started = time.perf_counter()
        session.reply(turn)
        latencies.append((time.perf_counter() - started) * 1000)
    return latencies


def bench_partner(course_dir: Path, rounds: int = 5) -> dict:
    """Reply latency (ms) of the offline partner over ``rounds`` scripted runs of every lab."""
    started = time.perf_counter()
    encoder = load_encoder()
    cards = list_labs(course_dir)
    matchers = {card.id: Matcher(card, encoder) for card in cards}
    load_ms = (time.perf_counter() - started) * 1000
    latencies: list[float] = []
    for _ in range(rounds):
        for card in cards:
            latencies += _play(card, matchers[card.id], script(card))
    return {
        "backend": "offline",
        "similarity": encoder is not None,
        "labs": len(cards),
        "replies": len(latencies),
        "load_ms": round(load_ms, 1),
        "reply_p50_ms": round(percentile(latencies, 0.5), 2) if latencies else None,
        "reply_p99_ms": round(percentile(latencies, 0.99), 2) if latencies else None,
    }

"""Cutting a long grading in two: which cases go to which child, and one reply made from the two.

When nothing else is being graded, a zygote's two warm children can run half the cases each, so a grading
whose cases take a while (training loops, checkpoints) finishes in about the time of its longest half.
The plan comes from the reference's own per-case times, measured when it ran in the trusted process. The
merge happens in the trusted process: each part's reply is parsed and decoded as it would be alone, its
decoded cases go back in case order, and what the module printed on import (printed once per child) is
kept once. One difference remains visible: Python shows a given warning once per process, so
a warning the learner's code triggers in both parts appears twice in the captured output.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from typing import Any

from torchdojo.grader import judge, wire
from torchdojo.grader.judge import Reply

SPLIT_MIN_MS = 4.0  # a grading whose reference cases take less is not worth a second child
SPLIT_MAX_SHARE = 0.75  # nor one whose longest part would still take this share of the whole


def plan(case_ms: Sequence[float]) -> list[list[int]] | None:
    """Two groups of case indices (each in case order) with balanced reference time, or ``None`` when
    splitting would not pay: fewer than two cases, too little work, or one case dominating."""
    total = sum(case_ms)
    if len(case_ms) < 2 or total < SPLIT_MIN_MS:
        return None
    groups: list[list[int]] = [[], []]
    loads = [0.0, 0.0]
    for index in sorted(range(len(case_ms)), key=lambda i: -case_ms[i]):  # longest first, to the lighter
        lighter = 0 if loads[0] <= loads[1] else 1
        groups[lighter].append(index)
        loads[lighter] += case_ms[index]
    if not all(groups) or max(loads) > SPLIT_MAX_SHARE * total:
        return None
    return [sorted(group) for group in groups]


def merge(
    replies: Sequence[bytes],
    groups: Sequence[Sequence[int]],
    stdout_limit: int = 65_536,
    max_body: int = wire.MAX_BODY,
) -> Reply:
    """One decoded reply, as if one child had run every case, from the parts' framed replies (in group
    order). Each part is parsed and decoded as it would be alone, against its own blobs, and the decoded
    cases are put back in case order: nothing is encoded again or parsed twice.

    A part that failed to load or has no entry function speaks for the whole (the same source fails the
    same way). Raises ``wire.WireError`` on anything malformed.
    """
    parsed = [wire.parse(reply, max_body) for reply in replies]
    for header, _ in parsed:
        if not isinstance(header, dict) or header.get("type") != "result":
            raise wire.WireError("a part's reply is not a result")
    decoded = []
    try:
        for (header, part_blobs), group in zip(parsed, groups):
            if header.get("load") is not None or not header.get("entry_found"):
                return judge.decode_header(header, part_blobs, 0)
            decoded.append(judge.decode_header(header, part_blobs, len(group)))
    except judge.MalformedReply as error:
        raise wire.WireError(f"a part's reply: {error}") from None
    case_count = sum(len(group) for group in groups)
    cases: list[Any] = [None] * case_count
    for part, group in zip(decoded, groups):
        for index, case in zip(group, part.cases):
            if not 0 <= index < case_count or cases[index] is not None:
                raise wire.WireError("the parts do not cover each case once")
            cases[index] = case
    stdout, total = "", 0
    for position, (header, _) in enumerate(parsed):
        text, count = header.get("stdout", ""), header.get("stdout_total", 0)
        on_import = header.get("stdout_load", 0)
        if not isinstance(text, str) or type(count) is not int or type(on_import) is not int:
            raise wire.WireError("a part's captured output is malformed")
        if position:  # the module's own prints came once already, from the first part
            skip = max(0, min(on_import, len(text)))
            text, count = text[skip:], max(0, count - on_import)
        stdout, total = stdout + text, total + count
    return dataclasses.replace(
        decoded[0], cases=cases, stdout=stdout[:stdout_limit], stdout_total=max(total, len(stdout))
    )

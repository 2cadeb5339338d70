"""Judge outside: turn the child's plain-data observations into a verdict, checks and feedback.

Everything here runs in the trusted process. The learner's reply is parsed defensively (a malformed or
forged message is an ``error`` verdict, never trusted), each case is compared with the reference observation
through the cascade in ``compare``, then side effects (inputs changed in place) and behaviour (final module
state, named bug detectors) are checked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from torchdojo.grader import wire
from torchdojo.grader.compare import Finding, Tolerances, compare
from torchdojo.grader.detectors import DETECTORS, loss_values
from torchdojo.grader.result import CheckResult, Verdict
from torchdojo.grader.spec import Bug, Case, Check

EVENT_KEYS = {
    "event": str,
    "training": bool,
    "accumulating": bool,
    "grads": str,
    "graphs_kept": int,
    "by": str,
    "graph": bool,
    "value": (int, float),  # a loss's value (non-finite ones cross as text and are left out)
}


class MalformedReply(ValueError):
    pass


@dataclass
class Observation:
    """One case as observed: an exception description, or a value; plus side effects and events."""

    exception: dict[str, Any] | None
    value: Any = None
    mutated: tuple[str, ...] = ()
    skipped: bool = False
    events: list[dict[str, Any]] | None = None
    state: dict[str, Any] | None = None
    side: dict[str, Any] | None = None  # "training:<arg>", "grads:<arg>", "rng" observations
    losses: tuple[float, ...] = ()
    diagram: list[dict[str, Any]] | None = None


@dataclass
class Reply:
    load_error: dict[str, Any] | None
    entry_found: bool
    entry_type: str | None
    cases: list[Observation]
    stdout: str
    stdout_total: int


# ------------------------------------------------------------------------------------------ decoding
def decode_reply(message: bytes, case_count: int) -> Reply:
    try:
        header, blobs = wire.parse(message)
    except wire.WireError as error:
        raise MalformedReply(str(error)[:300]) from None
    return decode_header(header, blobs, case_count)


def decode_header(header: Any, blobs: list, case_count: int) -> Reply:
    """A parsed reply (header and blobs), checked and decoded; ``MalformedReply`` if it does not fit."""
    try:
        return _decode_header(header, blobs, case_count)
    except (wire.WireError, KeyError, TypeError, ValueError, AttributeError, IndexError) as error:
        raise MalformedReply(str(error)[:300]) from None


def _decode_header(header: dict, blobs: list, case_count: int) -> Reply:
    if header.get("type") != "result":
        raise MalformedReply("not a result message")
    load = _decode_exception(header.get("load"))
    cases = header.get("cases")
    if not isinstance(cases, list) or (
        load is None and header.get("entry_found") and len(cases) != case_count
    ):
        raise MalformedReply(f"expected {case_count} case observations")
    stdout = header.get("stdout", "")
    return Reply(
        load_error=load,
        entry_found=bool(header.get("entry_found", False)),
        entry_type=str(header["entry_type"])[:80] if header.get("entry_type") else None,
        cases=[_decode_case(case, blobs) for case in cases],
        stdout=stdout if isinstance(stdout, str) else "",
        stdout_total=int(header.get("stdout_total", 0)),
    )


def _decode_exception(data: Any) -> dict[str, Any] | None:
    if data is None:
        return None
    if not isinstance(data, dict):
        raise MalformedReply("bad exception description")
    frames = [
        {
            "line": int(frame.get("line") or 0),
            "function": str(frame.get("function", ""))[:80],
            "code": str(frame.get("code", ""))[:200],
        }
        for frame in data.get("frames", [])[:8]
        if isinstance(frame, dict)
    ]
    return {
        "type": str(data.get("type", "Exception"))[:80],
        "message": str(data.get("message", ""))[: wire.MAX_TEXT],
        "frames": frames,
        "memory": bool(data.get("memory")),
        "not_implemented": bool(data.get("not_implemented")),
    }


def _decode_case(data: dict, blobs: list) -> Observation:
    if data.get("skipped") is True:
        return Observation(None, skipped=True)
    exception = _decode_exception(data.get("exception"))
    value = wire.decode_value(data["value"], blobs) if exception is None else None
    events = [_clean_event(event) for event in data.get("events", [])[:5000] if isinstance(event, dict)]
    state = {
        key[6:]: wire.decode_value(item, blobs) for key, item in data.items() if key.startswith("state:")
    }
    side = {
        key: wire.decode_value(item, blobs)
        for key, item in data.items()
        if key.startswith(("training:", "grads:")) or key == "rng"
    }
    losses = tuple(float(value) for value in loss_values(events))
    mutated = tuple(str(name)[:80] for name in data.get("mutated", []))[:20]
    diagram = _clean_diagram(data.get("diagram"))
    return Observation(
        exception,
        value,
        mutated,
        events=events,
        state=state or None,
        side=side or None,
        losses=losses[:2000],
        diagram=diagram,
    )


def _clean_diagram(rows: Any) -> list[dict[str, Any]] | None:
    if not isinstance(rows, list):
        return None
    cleaned = []
    for row in rows[:200]:
        if isinstance(row, dict):
            shape = row.get("shape")
            cleaned.append({
                "name": str(row.get("name", ""))[:80],
                "type": str(row.get("type", ""))[:80],
                "shape": [int(n) for n in shape][:8] if isinstance(shape, list) and all(type(n) is int for n in shape) else None,
                "parameters": int(row["parameters"]) if type(row.get("parameters")) is int else 0,
                "failed": row.get("failed") is True,
            })  # fmt: skip
    return cleaned


def visuals(cases: list[Case], got: list[Observation], expected: list[Observation]) -> dict[str, Any]:
    """Pictures of the learner's own work for the feedback: their model's layers and their loss curve,
    each beside the reference's, from the first visible case that has them."""
    extras: dict[str, Any] = {}
    for case, mine, reference in zip(cases, got, expected):
        if case.hidden or mine.skipped:
            continue
        if "model_diagram" not in extras and mine.diagram:
            extras["model_diagram"] = {
                "case": case.name,
                "yours": mine.diagram,
                "reference": reference.diagram or [],
            }
        if "loss_curve" not in extras and len(reference.losses) > 1:
            extras["loss_curve"] = {
                "case": case.name,
                "yours": list(mine.losses),
                "reference": list(reference.losses),
            }
    return extras


def _clean_event(event: dict) -> dict[str, Any]:
    return {key: event[key] for key, kind in EVENT_KEYS.items() if isinstance(event.get(key), kind)}


# ------------------------------------------------------------------------------------------ messages
def exception_message(exception: dict[str, Any], where: str = "Your code") -> str:
    text = f"{where} raised {exception['type']}: {exception['message']}".rstrip(": ")
    for frame in exception["frames"][-3:]:
        text += f"\n  line {frame['line']}, in {frame['function']}: {frame['code']}"
    return text


META_DEVICE = re.compile(r"\bmeta\b", re.IGNORECASE)


def _meta_hint(exception: dict[str, Any]) -> str:
    """An error about the meta device comes from code that assumed its inputs live on the CPU."""
    if not META_DEVICE.search(exception["message"]):
        return ""
    return (
        "\n  This case's input is on the 'meta' device (shapes and dtypes, no values), standing in for a GPU: "
        "create new tensors with device=x.device (or torch.*_like(x)) and don't copy values to the CPU."
    )


def _case_label(case: Case) -> str:
    return f"{case.name} (hidden)" if case.hidden else case.name


# ------------------------------------------------------------------------------------------ per case
def judge_case(check: Check, case: Case, got: Observation, expected: Observation) -> list[CheckResult]:
    """The checks for one case: the cascade's first finding, with named behaviour bugs before value diffs."""
    label = _case_label(case)
    if got.skipped:
        return [
            CheckResult(
                label,
                "skipped",
                "Not run: an earlier case ran out of memory.",
                "runs",
                case.hidden,
                case.name,
            )
        ]
    if case.raises:
        return [_raises_check(case, got, label)]
    if got.exception is not None:
        return [
            CheckResult(
                label,
                "error",
                exception_message(got.exception, "Your function") + _meta_hint(got.exception),
                "runs",
                case.hidden,
                case.name,
            )
        ]
    tolerances = Tolerances(check.tolerance_for, check.float_tolerance, check.compare_values)
    finding = compare(got.value, expected.value, tolerances, case.hidden)
    if finding is None:
        finding = _metric_finding(check, got, case)
    if finding and finding.step in ("shape", "values", "finite"):
        finding = _named_bug(check, got, expected, case) or finding
    if finding is None and check.check_inputs_unchanged and got.mutated:
        finding = _mutation_finding(got.mutated)
    if finding is None and expected.state is not None:
        finding = _state_finding(got, expected, tolerances, case)
    if finding is None and expected.side is not None:
        finding = _side_finding(got, expected, tolerances, case)
    status = "failed" if finding else "passed"
    result = CheckResult(
        label, status, _with_note(finding, case), finding.step if finding else "", case.hidden, case.name
    )
    behaviour = _behaviour_checks(check, case, got, expected)
    if finding is not None and finding.step in ("returns", "type", "shape", "dtype", "device"):
        return [result, *behaviour]
    return [*behaviour, result]


def _mutation_finding(mutated: tuple[str, ...]) -> Finding:
    values = [name for name in mutated if not name.endswith(wire.GRAD_STATE)]
    autograd = [name.removesuffix(wire.GRAD_STATE) for name in mutated if name.endswith(wire.GRAD_STATE)]
    if values:
        names = ", ".join(f"`{name}`" for name in values)
        return Finding(
            "inputs",
            f"Your function changed its input {names} in place (an in-place op such as add_ or an indexed assignment). Work on a copy, or use out-of-place operations.",
        )
    names = ", ".join(f"`{name}`" for name in autograd)
    return Finding(
        "inputs",
        f"Your function changed the autograd state of its input {names}: it turned requires_grad on or off, or left a .grad on it. Work on a copy you own, e.g. {autograd[0]}.detach().clone().requires_grad_().",
    )


def _with_note(finding: Finding | None, case: Case) -> str:
    if finding is None:
        return ""
    return f"{finding.message} Case: {case.note}." if case.note and not case.hidden else finding.message


def _named_bug(check: Check, got: Observation, expected: Observation, case: Case) -> Finding | None:
    for bug in check.bugs:
        if isinstance(bug, Bug):
            try:
                if bug.test(got.value, expected.value, case):
                    return Finding("values", f"{bug.message} [{bug.name}]")
            except Exception:  # noqa: BLE001 - a detector that cannot apply does not fire
                continue
    return None


def _state_finding(
    got: Observation, expected: Observation, tolerances: Tolerances, case: Case
) -> Finding | None:
    for name, reference in expected.state.items():
        mine = (got.state or {}).get(name)
        finding = compare(
            mine, reference, tolerances, hidden=True, path=f"after your function ran, `{name}`'s state"
        )
        if finding:
            return Finding(
                "behaviour",
                finding.message.replace(" (This is a hidden case: its expected values are not shown.)", "")
                + " The parameters did not end where a correct run leaves them.",
            )
    return None


def _metric_finding(check: Check, got: Observation, case: Case) -> Finding | None:
    for metric in check.metrics:
        try:
            value = float(metric.compute(got, case))
        except Exception as error:  # noqa: BLE001 - a value the metric cannot read is the learner's to fix
            return Finding(
                "score",
                f"{metric.name} could not be computed from your result ({type(error).__name__}: {error}).",
            )
        problem = metric.verdict(value)
        if problem:
            return Finding("score", problem)
    return None


def _raises_check(case: Case, got: Observation, label: str) -> CheckResult:
    raised = got.exception["type"] if got.exception else None
    if raised == case.raises:
        return CheckResult(label, "passed", "", "", case.hidden, case.name)
    what = f"raised {raised}: {got.exception['message']}" if raised else "returned normally"
    why = f" ({case.note})" if case.note else ""
    message = f"This input must raise {case.raises}{why}, but your function {what}."
    return CheckResult(label, "failed", message, "runs", case.hidden, case.name)


def _side_finding(
    got: Observation, expected: Observation, tolerances: Tolerances, case: Case
) -> Finding | None:
    """Compare what the case asked to watch besides the result: training flags, gradients, RNG use."""
    mine = got.side or {}
    for key, reference in expected.side.items():
        kind, _, name = key.partition(":")
        value = mine.get(key)
        if kind == "training" and value != reference:
            wanted = f"training mode ({name}.train())" if reference else f"eval mode ({name}.eval())"
            return Finding(
                "behaviour", f"After your function, `{name}` should be in {wanted}, but it is not."
            )
        if kind == "rng" and value != reference:
            if value:
                return Finding(
                    "behaviour",
                    "Your function changed the global random state (torch.manual_seed, or torch.rand without a generator). Draw from a local torch.Generator so the caller's randomness is untouched.",
                )
            return Finding(
                "behaviour", "Your function did not draw from the global random generator, but it should."
            )
        if kind == "grads":
            finding = compare(value, reference, tolerances, case.hidden, f"the gradients of `{name}`")
            if finding:
                return Finding("behaviour", finding.message)
    return None


def _behaviour_checks(check: Check, case: Case, got: Observation, expected: Observation) -> list[CheckResult]:
    """The first named detector that recognises its bug in this case's events (one diagnosis, not five)."""
    for bug in check.bugs:
        if isinstance(bug, str) and bug in DETECTORS and got.events is not None:
            message = DETECTORS[bug](got.events, expected.events or [], got.value)
            if message:
                return [
                    CheckResult(f"{bug}: {case.name}", "failed", message, "behaviour", case.hidden, case.name)
                ]
    return []


# ------------------------------------------------------------------------------------------ verdict
def verdict_for(checks: list[CheckResult], reply: Reply, cases: list[Case] = ()) -> Verdict:
    if reply.load_error is not None:
        return Verdict.MEMORY_EXCEEDED if reply.load_error["memory"] else Verdict.ERROR
    if not reply.entry_found:
        return Verdict.ERROR
    expected_raises = [case.raises for case in cases] + [""] * len(reply.cases)
    exceptions = [
        observed.exception
        for observed, raises in zip(reply.cases, expected_raises)
        if observed.exception is not None and not (raises and observed.exception["type"] == raises)
    ]
    if (
        exceptions
        and all(exception["not_implemented"] for exception in exceptions)
        and len(exceptions) == len(reply.cases)
    ):
        return Verdict.NOT_ATTEMPTED
    if any(exception["memory"] for exception in exceptions):
        return Verdict.MEMORY_EXCEEDED
    if exceptions:
        return Verdict.ERROR
    return Verdict.FAILED if any(check.status != "passed" for check in checks) else Verdict.PASSED

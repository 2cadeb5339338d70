"""Grading results: a closed set of verdicts and frozen, JSON-round-tripping result objects."""

from __future__ import annotations

import enum
from dataclasses import asdict, dataclass, field
from typing import Any

RESULT_VERSION = 1


class Verdict(str, enum.Enum):
    """The only outcomes a grading can have."""

    PASSED = "passed"
    FAILED = "failed"
    ERROR = "error"
    TIMED_OUT = "timed_out"
    MEMORY_EXCEEDED = "memory_exceeded"
    NOT_ATTEMPTED = "not_attempted"

    def __str__(self) -> str:
        return self.value


@dataclass(frozen=True)
class CheckResult:
    """One line of feedback: a test case or a behaviour check, and what the grader saw."""

    name: str
    status: str  # passed | failed | error | skipped
    message: str = ""
    step: str = ""  # the cascade step that decided it: runs, returns, type, shape, dtype, … behaviour
    hidden: bool = False
    case: str = ""  # the case this check belongs to ("" for whole-submission checks)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class GradeResult:
    """Everything one grading produced; ``to_dict`` is the ``--json`` line and the web payload."""

    exercise: str
    status: Verdict
    feedback: str
    checks: tuple[CheckResult, ...] = ()
    stdout: str = ""
    duration_ms: float = 0.0
    file: str | None = None
    hints: tuple[str, ...] = ()
    extras: dict[str, Any] = field(default_factory=dict)  # e.g. model diagrams, loss curves

    @property
    def passed(self) -> bool:
        return self.status is Verdict.PASSED

    def to_dict(self) -> dict[str, Any]:
        return {
            "version": RESULT_VERSION,
            "exercise": self.exercise,
            "file": self.file,
            "status": self.status.value,
            "passed": self.passed,
            "feedback": self.feedback,
            "checks": [check.to_dict() for check in self.checks],
            "stdout": self.stdout,
            "duration_ms": round(self.duration_ms, 3),
            "extras": self.extras,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> GradeResult:
        return cls(
            exercise=data["exercise"],
            status=Verdict(data["status"]),
            feedback=data["feedback"],
            checks=tuple(CheckResult(**check) for check in data.get("checks", ())),
            stdout=data.get("stdout", ""),
            duration_ms=data.get("duration_ms", 0.0),
            file=data.get("file"),
            extras=data.get("extras", {}),
        )

    def __str__(self) -> str:
        lines = [f"{self.exercise}: {self.status.value}", self.feedback]
        lines += [f"  [{c.status}] {c.name}: {c.message}" for c in self.checks if c.status != "passed"]
        return "\n".join(line for line in lines if line)

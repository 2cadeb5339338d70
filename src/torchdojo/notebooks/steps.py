"""Labs and their steps, as a notebook sees them: ``check()``, ``hint(n)`` and ``solution()`` per step.

Step ``n`` of lab ``tensors`` is the exercise ``labs/tensors/step-n``. ``check()`` finds the learner's code
(see ``submission``), grades it through the same ``Grader`` every front door uses, and shows the verdict.
The grader, and its warm sandbox pool, is started once per kernel on the first check and reused after;
learner code never runs in the kernel's own process to be graded.
"""

from __future__ import annotations

import dataclasses
import re
import threading
from functools import cached_property

from torchdojo.errors import ContentError
from torchdojo.grader.exercise import Exercise, load_exercises
from torchdojo.grader.result import GradeResult, Verdict
from torchdojo.grader.service import Grader
from torchdojo.notebooks import display, submission
from torchdojo.settings import Settings, load_settings

_kernel_grader: Grader | None = None
_kernel_lock = threading.Lock()


def kernel_grader(settings: Settings | None = None) -> Grader:
    """The one Grader of this kernel (its pool starts on the first real grading, not here). A notebook
    grades one cell at a time, so with the ambient settings and no pool size set, the pool has one zygote;
    settings passed in are used as they are."""
    global _kernel_grader
    with _kernel_lock:
        if settings is None and _kernel_grader is None:
            settings = load_settings()
            if settings.pool_size == 0:
                settings = settings.replace(pool_size=1, prefork=1)
        if settings is not None and (_kernel_grader is None or _kernel_grader.settings != settings):
            _kernel_grader = Grader(settings)
        return _kernel_grader


class Step:
    """One step of a lab: an exercise the learner solves in a notebook cell."""

    def __init__(self, lab: Lab, number: int, exercise: Exercise):
        self.lab = lab
        self.number = number
        self.exercise = exercise
        self._hints_shown = 0

    def __repr__(self) -> str:
        return f"<step {self.number} of lab {self.lab.name!r}: {self.exercise.title}>"

    @property
    def entry(self) -> str:
        return self.exercise.check.entry

    def submission(self, code=None) -> submission.Submission | None:
        """What ``check`` grades: ``code`` if given (source text, or a function/class), else the cell that
        defines the step's entry in this IPython session."""
        starter = self.exercise.starter
        if isinstance(code, str):
            return submission.Submission(code, "text")
        if code is not None:
            return submission.from_object(code, getattr(code, "__name__", self.entry), starter)
        namespace, history = _ipython_state()
        return submission.find(self.entry, starter, namespace, history)

    def grade(self, code=None) -> GradeResult:
        """Grade the learner's code for this step in the sandbox and return the result (nothing shown)."""
        found = self.submission(code)
        if found is None:
            return GradeResult(
                exercise=self.exercise.id,
                status=Verdict.NOT_ATTEMPTED,
                feedback=f"No `{self.entry}` yet: run the step's code cell (the one that defines "
                f"`{self.entry}`) and then this check again.",
            )
        result = kernel_grader(self.lab.settings).grade(self.exercise.id, found.source)
        return _with_notebook_advice(result, found, self.entry)

    def check(self, code=None) -> None:
        """Grade the step and show a short verdict under the cell."""
        display.show(display.VerdictView(self, self.grade(code)))

    def hint(self, number: int | None = None) -> None:
        """Show hint ``number`` (1 is a nudge, the last is nearly the answer); by default the next one."""
        hints = self.exercise.meta.hints
        if number is None:
            number = min(self._hints_shown + 1, len(hints))
        number = max(1, min(number, len(hints)))
        self._hints_shown = max(self._hints_shown, number)
        display.show(display.HintView(self, number, hints[number - 1], len(hints)))

    def solution(self) -> None:
        """Show the reference solution. Reading it after a real attempt teaches more than before one."""
        display.show(display.SolutionView(self, self.exercise.solution))


def _with_notebook_advice(result: GradeResult, found: submission.Submission, entry: str) -> GradeResult:
    """Say things the way a notebook user needs them: which cell to edit, and that the cell runs alone."""
    if result.status is Verdict.NOT_ATTEMPTED and found.origin == "cell":
        return dataclasses.replace(
            result,
            feedback=f"Your turn: in the cell that defines `{entry}`, replace `raise NotImplementedError` with "
            "your code, run that cell, then run this check again.",
        )
    if found.origin != "cell" or "NameError" not in result.feedback:
        return result
    advice = (
        " The grader runs only the cell that defines the step's function, in a fresh process: names from "
        "other cells do not exist there. Import or define everything it needs inside that cell."
    )
    return dataclasses.replace(result, feedback=result.feedback + advice)


def _ipython_state() -> tuple[dict | None, list[str] | None]:
    try:
        from IPython import get_ipython
    except ImportError:
        return None, None
    shell = get_ipython()
    if shell is None:
        return None, None
    history = shell.history_manager.input_hist_raw  # raw: a cell magic's body is still readable code
    return shell.user_ns, list(history) if history else None


class Lab:
    """A notebook's worth of steps, found from the course's ``exercises/labs/<name>/step-<n>`` folders."""

    def __init__(self, name: str, settings: Settings | None = None):
        self.name = name
        self.settings = settings

    def __repr__(self) -> str:
        return f"<lab {self.name!r}: {len(self.steps)} steps>"

    @cached_property
    def steps(self) -> list[Step]:
        course = (self.settings or load_settings()).course
        prefix = f"labs/{self.name}/step-"
        found = {
            int(exercise_id[len(prefix) :]): exercise
            for exercise_id, exercise in load_exercises(course).items()
            if exercise_id.startswith(prefix) and re.fullmatch(r"\d+", exercise_id[len(prefix) :])
        }
        if not found:
            known = sorted({key.split("/")[1] for key in load_exercises(course) if key.startswith("labs/")})
            raise ContentError(f"no lab named {self.name!r} in {course} — known labs: {', '.join(known)}")
        return [Step(self, number, found[number]) for number in sorted(found)]

    def step(self, number: int) -> Step:
        for step in self.steps:
            if step.number == number:
                return step
        raise ContentError(f"lab {self.name!r} has steps 1–{len(self.steps)}, not {number}")


def lab(name: str, *, settings: Settings | None = None) -> Lab:
    """The lab called ``name`` (``tensors``, ``autograd``, ``modules``, ``data``, ``training``,
    ``evaluation``, ``transfer``)."""
    return Lab(name, settings)

"""How a step's verdict, hint and solution look under a notebook cell: short, coloured HTML with a plain-text
twin (the text is what terminals, tests and ``nbconvert --to script`` see).

Each shown thing is a small object with ``_repr_html_`` and ``__repr__``; ``show`` hands it to IPython's
``display`` when a kernel is running, else prints the text.
"""

from __future__ import annotations

import html

from torchdojo.grader.result import GradeResult, Verdict

STYLES = {  # status: (icon, accent colour, background, headline)
    Verdict.PASSED: ("✓", "#1a7f37", "#eefbf1", "Correct"),
    Verdict.FAILED: ("✗", "#b3261e", "#fdf0ef", "Not yet"),
    Verdict.ERROR: ("!", "#b3261e", "#fdf0ef", "Your code raised an error"),
    Verdict.TIMED_OUT: ("⏱", "#9a6700", "#fff8e5", "Too slow"),
    Verdict.MEMORY_EXCEEDED: ("▣", "#9a6700", "#fff8e5", "Out of memory"),
    Verdict.NOT_ATTEMPTED: ("→", "#0b5cad", "#eef5fd", "Your turn"),
}
MAX_CHECKS = 3
WRAP = "white-space:pre-wrap;word-break:break-word"
BOX = (
    "border-left:5px solid {accent};background:{background};padding:8px 12px;margin:4px 0;"
    "border-radius:4px;font-family:system-ui,sans-serif;font-size:14px;line-height:1.4;color:#1f2328"
)


def show(thing: object) -> None:
    try:
        from IPython import get_ipython
        from IPython.display import display
    except ImportError:
        print(repr(thing))
        return
    if get_ipython() is None:
        print(repr(thing))
    else:
        display(thing)


def _box(accent: str, background: str, inner: str) -> str:
    return f'<div style="{BOX.format(accent=accent, background=background)}">{inner}</div>'


def _code(text: str) -> str:
    return f"<code>{html.escape(text)}</code>"


def _inline(text: str) -> str:
    """Escape, then turn `backticks` into code spans: feedback messages use Markdown-style code."""
    parts = html.escape(text).split("`")
    joined = "".join(f"<code>{part}</code>" if index % 2 else part for index, part in enumerate(parts))
    return joined.replace("\n", "<br>")


class VerdictView:
    """A graded step, rendered."""

    def __init__(self, step, result: GradeResult):
        self.step, self.result = step, result

    def _more(self) -> tuple[list, int]:
        """Failing checks after the first that say something new (up to MAX_CHECKS - 1), and how many
        others only repeat the first one's message (the same mistake seen on another case)."""
        failing = [check for check in self.result.checks if check.status != "passed"]
        if not failing:
            return [], 0
        different = [check for check in failing[1:] if check.message != failing[0].message]
        return different[: MAX_CHECKS - 1], len(failing) - 1 - len(different)

    def _repeats(self, count: int) -> str:
        return f"The same problem shows in {count} more case{'s' if count > 1 else ''}." if count else ""

    def __repr__(self) -> str:
        result = self.result
        lines = [f"[{result.status.value}] Step {self.step.number} ({result.exercise}): {result.feedback}"]
        if result.status is Verdict.NOT_ATTEMPTED:
            lines.append(f"  Stuck? step{self.step.number}.hint() gives a nudge.")
        more, repeats = self._more()
        lines += [f"  - {check.name}: {check.message}" for check in more]
        if repeats:
            lines.append("  " + self._repeats(repeats))
        if result.stdout.strip():
            lines.append("  Your code printed:\n" + _indent(result.stdout.strip()[:800]))
        return "\n".join(lines)

    def _repr_html_(self) -> str:
        result = self.result
        icon, accent, background, headline = STYLES[result.status]
        title = f"<b style='color:{accent}'>{icon} Step {self.step.number} — {headline}</b>"
        body = [title, f"<div>{_inline(result.feedback)}</div>"]
        more, repeats = self._more()
        if more:
            items = "".join(f"<li>{_inline(check.name)}: {_inline(check.message)}</li>" for check in more)
            body.append(f"<ul style='margin:4px 0 0 0'>{items}</ul>")
        if repeats:
            body.append(f"<div>{self._repeats(repeats)}</div>")
        if result.status is Verdict.NOT_ATTEMPTED:
            body.append(
                f"<div style='color:#57606a'>Stuck? {_code(f'step{self.step.number}.hint()')} gives a nudge.</div>"
            )
        elif not result.passed:
            body.append(
                f"<div style='color:#57606a'>Fix the cell, run it, then run this check again. "
                f"{_code(f'step{self.step.number}.hint()')} helps.</div>"
            )
        if result.stdout.strip():
            printed = html.escape(result.stdout.strip()[:800])
            body.append(f"<div>Your code printed:</div><pre style='margin:2px 0;{WRAP}'>{printed}</pre>")
        return _box(accent, background, "".join(body))


class HintView:
    def __init__(self, step, number: int, text: str, total: int):
        self.step, self.number, self.text, self.total = step, number, text, total

    def __repr__(self) -> str:
        more = (
            f" (step{self.step.number}.hint() again for hint {self.number + 1})"
            if self.number < self.total
            else ""
        )
        return f"Hint {self.number}/{self.total} for step {self.step.number}: {self.text}{more}"

    def _repr_html_(self) -> str:
        more = (
            f"<div style='color:#57606a'>Run {_code(f'step{self.step.number}.hint()')} again for the next one.</div>"
            if self.number < self.total
            else ""
        )
        inner = f"<b>💡 Hint {self.number} of {self.total}</b><div>{_inline(self.text)}</div>{more}"
        return _box("#8250df", "#f6f1ff", inner)


class SolutionView:
    def __init__(self, step, source: str):
        self.step, self.source = step, source

    def __repr__(self) -> str:
        return f"Solution to step {self.step.number}:\n{self.source}"

    def _repr_html_(self) -> str:
        inner = (
            f"<b>Solution to step {self.step.number}</b>"
            f"<pre style='margin:4px 0;background:#fff;padding:6px;{WRAP}'>{html.escape(self.source)}</pre>"
            "<div style='color:#57606a'>Compare it with yours line by line, then type it in yourself rather "
            "than pasting: the typing is where it sticks.</div>"
        )
        return _box("#57606a", "#f6f8fa", inner)


def _indent(text: str) -> str:
    return "\n".join("    " + line for line in text.splitlines())

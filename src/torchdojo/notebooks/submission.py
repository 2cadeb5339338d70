"""Finding what the learner wrote for a step, as source text the sandboxed grader can run.

The cell that defines the step's entry (``def make_grid`` …) is the submission, the way a ``.py`` file is for
``torchdojo grade``. It is read from IPython's input history (the newest cell that defines the name), so
imports and helpers written in that cell come along. Outside IPython, or when the name was defined some
other way, the live object's source (``inspect.getsource``) replaces the starter's definition of that name.

When a step's starter ends with a small function the grader calls (it builds the learner's class and runs
it), a cell that dropped that function gets the starter's copy appended: deleting "code you need not touch"
is not a failure.

Bare expression statements at the top of the cell (``make_grid(2, 3)``, ``print(...)``, a ``%timeit`` turned
into a call) are blanked out: they are the learner trying things on notebook variables, which the sandbox
does not have. Their lines stay as empty lines, so line numbers in tracebacks still match the cell.
Nothing here executes learner code.
"""

from __future__ import annotations

import ast
import inspect
import re
import textwrap
from dataclasses import dataclass


@dataclass(frozen=True)
class Submission:
    """The source to grade and where it came from (``cell``, ``object`` or ``text``)."""

    source: str
    origin: str
    cell_number: int | None = None


def defines(source: str, name: str) -> bool:
    """True when ``source`` parses and defines ``name`` (a function or class) at its top level."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return re.search(rf"^(async\s+def|def|class)\s+{re.escape(name)}\b", source, re.MULTILINE) is not None
    return any(
        isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name == name
        for node in tree.body
    )


def without_bare_expressions(source: str) -> str:
    """Blank out top-level expression statements (calls, prints), keeping docstring-like strings."""
    try:
        tree = ast.parse(source)
    except (SyntaxError, ValueError):
        return source  # the grader reports the syntax error with its line
    lines = source.splitlines()
    for node in tree.body:
        if not isinstance(node, ast.Expr) or isinstance(node.value, ast.Constant):
            continue
        span = range(node.lineno - 1, (node.end_lineno or node.lineno))
        if _alone_on_its_lines(tree, node):
            for index in span:
                lines[index] = ""
    return "\n".join(lines) + "\n"


def _alone_on_its_lines(tree: ast.Module, node: ast.stmt) -> bool:
    end = node.end_lineno or node.lineno
    return not any(
        other is not node and other.lineno <= end and (other.end_lineno or other.lineno) >= node.lineno
        for other in tree.body
    )


def as_python(cell: str) -> str:
    """A raw notebook cell as plain Python: a cell magic's first line (``%%time``) becomes a comment and line
    magics become calls (IPython's own transformer), so line numbers still match the cell."""
    if cell.startswith("%%"):
        cell = "# " + cell
    try:
        from IPython.core.inputtransformer2 import TransformerManager
    except ImportError:
        return cell
    return TransformerManager().transform_cell(cell) if "%" in cell or "!" in cell else cell


def from_history(cells: list[str], name: str) -> Submission | None:
    """The newest cell in ``cells`` (IPython's raw input history) that defines ``name``."""
    for number in range(len(cells) - 1, -1, -1):
        code = as_python(cells[number]) if cells[number] else ""
        if code and defines(code, name):
            return Submission(without_bare_expressions(code), "cell", number)
    return None


def from_object(value: object, name: str, starter: str) -> Submission | None:
    """The starter with its definition of ``name`` replaced by the live object's source."""
    try:
        own = textwrap.dedent(inspect.getsource(value))
    except (OSError, TypeError):
        return None
    tree = ast.parse(starter)
    lines = starter.splitlines()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name == name:
            first = min([node.lineno, *(decorator.lineno for decorator in node.decorator_list)]) - 1
            lines[first : node.end_lineno] = own.rstrip("\n").splitlines()
            return Submission("\n".join(lines) + "\n", "object")
    return Submission(own, "object")


def with_harness(history: list[str], name: str, starter: str) -> Submission | None:
    """For steps whose starter ends with a small function the grader calls (``run_tiny_mlp``, which builds
    the learner's class): when the learner's cell defines the class but dropped that function, the newest
    such cell with the starter's own copy of the function appended."""
    tree = ast.parse(starter)
    definitions = [node for node in tree.body if isinstance(node, (ast.FunctionDef, ast.ClassDef))]
    harness = next((node for node in definitions if node.name == name), None)
    others = [node.name for node in definitions if node is not harness]
    if harness is None or not others:
        return None
    for number in range(len(history) - 1, -1, -1):
        if history[number] and any(defines(as_python(history[number]), other) for other in others):
            code = without_bare_expressions(as_python(history[number])).rstrip("\n")
            return Submission(f"{code}\n\n\n{ast.get_source_segment(starter, harness)}\n", "cell", number)
    return None


def find(name: str, starter: str, namespace: dict | None, history: list[str] | None) -> Submission | None:
    """Look in the input history first, then at the live object; ``None`` when the name is nowhere."""
    found = (from_history(history, name) or with_harness(history, name, starter)) if history else None
    if found is None and namespace is not None and name in namespace:
        found = from_object(namespace[name], name, starter)
    return found

"""Lab sources (plain Markdown files in ``notebooks/labs/``) built into ``.ipynb`` notebooks with nbformat.

A lab source is Markdown with YAML front matter (``lab:``, ``title:``) and three kinds of block:

- prose, which becomes markdown cells (a line holding only ``+++`` starts a new markdown cell);
- fenced ```` ```python ```` blocks, each one code cell;
- directive lines: ``::: setup`` (the cell that imports the lab and names its steps ``step1, step2…``) and
  ``::: step N`` (the step's prompt from its exercise's ``prompt.md``, its code cell — the exercise's
  ``starter.py``, or ``solution.py`` when building with solutions — and a check cell).

Step cells are tagged in their metadata (``torchdojo: {step: N, role: code|check}``) so tools and tests can
find them. The notebooks are never stored as JSON in the repository: ``export`` writes them on demand.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from torchdojo.errors import ContentError, TorchdojoError
from torchdojo.grader.exercise import Exercise, load_exercises
from torchdojo.settings import BUNDLED_COURSE

LABS_DIR = Path(__file__).resolve().parent / "labs"
FENCE = re.compile(r"^```(\w*)\s*$")
DIRECTIVE = re.compile(r"^:::\s*(setup|step\s+(\d+))\s*$")


@dataclass
class Cell:
    kind: str  # markdown | code
    source: str
    metadata: dict = field(default_factory=dict)


@dataclass
class LabSource:
    path: Path
    lab: str
    title: str
    cells: list[Cell]


def lab_paths(directory: Path = LABS_DIR) -> list[Path]:
    return sorted(directory.glob("[0-9][0-9]-*.md"))


def parse(path: Path, course: Path = BUNDLED_COURSE, solutions: bool = False) -> LabSource:
    """Read one lab source and expand its directives into cells."""
    text = path.read_text()
    meta, body, offset = _front_matter(path, text)
    exercises = load_exercises(course)
    cells: list[Cell] = []
    prose: list[str] = []
    code: list[str] | None = None
    for number, line in enumerate(body.splitlines(), start=offset + 1):
        if code is not None:
            if FENCE.match(line):
                cells.append(Cell("code", "\n".join(code).strip("\n")))
                code = None
            else:
                code.append(line)
            continue
        fence, directive = FENCE.match(line), DIRECTIVE.match(line)
        if fence or directive or line.strip() == "+++":
            _flush(prose, cells)
        if fence:
            code = []
        elif directive and directive.group(2):
            step_id = f"labs/{meta['lab']}/step-{directive.group(2)}"
            if step_id not in exercises:
                raise ContentError(
                    f"{path}:{number}: '::: step {directive.group(2)}' has no exercise {step_id!r} — add its folder"
                )
            cells += step_cells(int(directive.group(2)), exercises[step_id], solutions)
        elif directive:
            cells.append(setup_cell(meta["lab"], exercises))
        elif line.strip() != "+++":
            prose.append(line)
    if code is not None:
        raise ContentError(f"{path}: a ```python block is never closed — add the closing ```")
    _flush(prose, cells)
    return LabSource(path, meta["lab"], meta["title"], cells)


def _front_matter(path: Path, text: str) -> tuple[dict, str, int]:
    parts = text.split("---\n", 2)
    if not text.startswith("---\n") or len(parts) < 3:
        raise ContentError(f"{path}:1: a lab starts with front matter (---, lab: NAME, title: TEXT, ---)")
    meta = yaml.safe_load(parts[1]) or {}
    missing = [key for key in ("lab", "title") if key not in meta]
    if missing:
        raise ContentError(f"{path}:1: the front matter lacks {', '.join(missing)} — add it")
    return meta, parts[2], parts[1].count("\n") + 2


def _flush(prose: list[str], cells: list[Cell]) -> None:
    text = "\n".join(prose).strip("\n")
    if text.strip():
        cells.append(Cell("markdown", text))
    prose.clear()


def setup_cell(lab: str, exercises: dict[str, Exercise]) -> Cell:
    count = sum(1 for key in exercises if key.startswith(f"labs/{lab}/step-"))
    names = ", ".join(f"step{number}" for number in range(1, count + 1))
    source = (
        "# Run this first: it loads the lab's checks. Each step's check() grades your cell in a sandbox.\n"
        "import torch\n\n"
        "from torchdojo.notebooks import figures, lab\n\n"
        f'{names} = lab("{lab}").steps'
    )
    return Cell("code", source, {"torchdojo": {"role": "setup"}})


def step_cells(number: int, exercise: Exercise, solutions: bool) -> list[Cell]:
    prompt = re.sub(r"^#\s+.*\n+", "", exercise.prompt, count=1).strip()
    code = (exercise.solution if solutions else exercise.starter).strip("\n")
    check = f"step{number}.check()\n# step{number}.hint()      # a nudge; run again for the next hint\n# step{number}.solution()  # the reference answer"
    tag = {"step": number, "exercise": exercise.id}
    return [
        Cell(
            "markdown",
            f"### Step {number} — {exercise.title}\n\n{prompt}",
            {"torchdojo": {**tag, "role": "prompt"}},
        ),
        Cell("code", code, {"torchdojo": {**tag, "role": "code"}}),
        Cell("code", check, {"torchdojo": {**tag, "role": "check"}}),
    ]


def to_notebook(lab: LabSource):
    """The lab as an nbformat v4 notebook object."""
    nbformat = _nbformat()
    notebook = nbformat.v4.new_notebook()
    notebook.metadata.update(
        kernelspec={"name": "python3", "display_name": "Python 3", "language": "python"},
        language_info={"name": "python"},
        torchdojo={"lab": lab.lab, "title": lab.title},
    )
    for cell in lab.cells:
        make = nbformat.v4.new_code_cell if cell.kind == "code" else nbformat.v4.new_markdown_cell
        notebook.cells.append(make(cell.source, metadata=cell.metadata))
    return notebook


def export(directory: Path, solutions: bool = False, course: Path = BUNDLED_COURSE) -> list[Path]:
    """Write every lab as ``NN-name.ipynb`` into ``directory``; returns the paths written."""
    nbformat = _nbformat()
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for path in lab_paths():
        target = directory / f"{path.stem}.ipynb"
        nbformat.write(to_notebook(parse(path, course, solutions)), str(target))
        written.append(target)
    return written


def _nbformat():
    try:
        import nbformat
    except ImportError:
        raise TorchdojoError(
            "building notebooks needs nbformat — install the extra: pip install 'torchdojo[notebooks]'"
        ) from None
    return nbformat

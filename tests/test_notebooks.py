"""The notebook front door: lab sources build into notebooks, checks grade the right code in the sandbox, and
every exported notebook runs top to bottom in a real kernel — all checks passing with ``--solutions``, all
reporting "not attempted" as shipped, and a learner's wrong attempt getting its diagnosis."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from torchdojo.cli import cli
from torchdojo.errors import ContentError
from torchdojo.grader.exercise import load_exercises
from torchdojo.notebooks import build, display, lab, steps, submission
from torchdojo.settings import BUNDLED_COURSE

LABS = ["tensors", "autograd", "modules", "data", "training", "evaluation", "transfer"]
EXERCISES = load_exercises(BUNDLED_COURSE)
VERDICT_LINE = re.compile(r"^\[(\w+)\] Step (\d+) \(([\w/-]+)\)", re.MULTILINE)

# Jupyter's client libraries still emit DeprecationWarnings of their own (paths, datetime); only those are let by.
pytestmark = [
    pytest.mark.filterwarnings("ignore::DeprecationWarning:jupyter_client.*"),
    pytest.mark.filterwarnings("ignore::DeprecationWarning:jupyter_core.*"),
    pytest.mark.filterwarnings("ignore::DeprecationWarning:zmq.*"),
    pytest.mark.filterwarnings("ignore::DeprecationWarning:nbclient.*"),
]


@pytest.fixture
def lab_with(grader):
    """A lab whose steps grade through the session's grader (one pool for the whole test run)."""
    steps._kernel_grader = grader

    def make(name: str):
        return lab(name, settings=grader.settings)

    yield make
    steps._kernel_grader = None


# ------------------------------------------------------------------------------------------- lab sources
def test_there_are_seven_labs_of_five_to_seven_steps():
    sources = [build.parse(path) for path in build.lab_paths()]
    assert [source.lab for source in sources] == LABS
    for source in sources:
        step_numbers = {
            cell.metadata["torchdojo"]["step"]
            for cell in source.cells
            if "step" in cell.metadata.get("torchdojo", {})
        }
        assert 5 <= len(step_numbers) <= 7, source.lab
        assert step_numbers == set(range(1, len(step_numbers) + 1))


@pytest.mark.parametrize("path", build.lab_paths(), ids=lambda path: path.stem)
def test_every_step_is_introduced_by_a_figure(path):
    """Before every step directive there is a code cell that draws with ``figures``."""
    cells = build.parse(path).cells
    for index, cell in enumerate(cells):
        if cell.metadata.get("torchdojo", {}).get("role") == "prompt":
            before = [c for c in cells[:index] if c.kind == "code" and "torchdojo" not in c.metadata]
            previous_prompt = max(
                (
                    i
                    for i, c in enumerate(cells[:index])
                    if c.metadata.get("torchdojo", {}).get("role") == "prompt"
                ),
                default=-1,
            )
            since = [c for c in cells[previous_prompt + 1 : index] if c in before]
            assert any("figures." in c.source for c in since), (
                f"{path.name}: no figure before {cell.source[:40]!r}"
            )


def test_step_cells_hold_the_starter_or_the_solution():
    shipped = build.parse(build.LABS_DIR / "01-tensors.md")
    solved = build.parse(build.LABS_DIR / "01-tensors.md", solutions=True)
    exercise = EXERCISES["labs/tensors/step-1"]
    code = [cell.source for cell in shipped.cells if cell.metadata.get("torchdojo", {}).get("role") == "code"]
    answers = [
        cell.source for cell in solved.cells if cell.metadata.get("torchdojo", {}).get("role") == "code"
    ]
    assert code[0] == exercise.starter.strip("\n") and answers[0] == exercise.solution.strip("\n")
    setup = next(cell for cell in shipped.cells if cell.metadata.get("torchdojo", {}).get("role") == "setup")
    assert 'step1, step2, step3, step4, step5 = lab("tensors").steps' in setup.source


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("# no front matter\n", "starts with front matter"),
        ("---\nlab: tensors\n---\nhello\n", "lacks title"),
        (
            "---\nlab: tensors\ntitle: T\n---\n::: step 9\n",
            "09-broken.md:5: '::: step 9' has no exercise 'labs/tensors/step-9'",
        ),
        ("---\nlab: tensors\ntitle: T\n---\n```python\nx = 1\n", "never closed"),
    ],
)
def test_malformed_lab_sources_name_the_problem(tmp_path, text, says):
    path = tmp_path / "09-broken.md"
    path.write_text(text)
    with pytest.raises(ContentError, match=re.escape(says)):
        build.parse(path)


def test_unknown_lab_lists_the_known_ones():
    with pytest.raises(ContentError, match="known labs: autograd, data"):
        _ = lab("tensor").steps


# ----------------------------------------------------------------------------------- finding the code
def test_the_newest_cell_defining_the_entry_is_the_submission():
    history = [
        "",
        "def f(x):\n    return 1\n",
        "step1.check()",
        "import torch\n\ndef f(x):\n    return 2\n",
        "f(3)",
    ]
    found = submission.from_history(history, "f")
    assert found.cell_number == 3 and "return 2" in found.source


def test_bare_expressions_are_blanked_but_lines_are_kept():
    cell = "import torch\n\ndef f(x):\n    return x\n\nprint(f(data))\nf(\n    data,\n)\n"
    cleaned = submission.without_bare_expressions(cell)
    assert "print" not in cleaned and "data" not in cleaned
    assert cleaned.splitlines()[:4] == cell.splitlines()[:4] and len(cleaned.splitlines()) == len(
        cell.splitlines()
    )


def test_magics_are_read_as_python_with_the_lines_kept():
    cell = "%%time\nimport torch\n\ndef f(x):\n    return x\n%timeit f(1)\n"
    found = submission.from_history([cell], "f")
    assert found.source.splitlines()[:5] == ["# %%time", "import torch", "", "def f(x):", "    return x"]
    assert "timeit" not in found.source


def test_a_cell_with_a_syntax_error_is_still_found_so_the_grader_can_point_at_it():
    found = submission.from_history(["def f(x):\n    return (x\n"], "f")
    assert found is not None and found.source.startswith("def f(x):")


def test_a_cell_that_dropped_the_graders_function_gets_the_starters_copy(lab_with, monkeypatch):
    step = lab_with("data").step(1)
    solution = step.exercise.solution
    cell = solution[: solution.index("# The grader calls this")]  # the learner deleted dataset_view
    monkeypatch.setattr(steps, "_ipython_state", lambda: ({}, ["", cell, "step1.check()"]))
    found = step.submission()
    assert found.cell_number == 1 and found.source.rstrip().endswith("for i in indices]}")
    assert step.grade().passed


def test_a_live_object_replaces_the_starters_definition():
    starter = EXERCISES["labs/tensors/step-2"].starter
    found = submission.from_object(column_means, "column_means", starter)
    assert found.source.startswith("import torch") and "return x.mean(dim=0)  # mine" in found.source
    assert "NotImplementedError" not in found.source


def column_means(x):  # stands in for a function a learner defined in a notebook cell
    return x.mean(dim=0)  # mine


# --------------------------------------------------------------------------------------- check API
def test_one_grader_per_kernel_with_a_one_zygote_pool(monkeypatch, tmp_path):
    monkeypatch.setattr(steps, "_kernel_grader", None)
    monkeypatch.setenv("TORCHDOJO_HOME", str(tmp_path))
    monkeypatch.delenv("TORCHDOJO_POOL_SIZE", raising=False)
    first = steps.kernel_grader()
    assert steps.kernel_grader() is first and first.settings.pool_size == 1
    step = lab("tensors").step(1)
    assert step.grade(step.exercise.starter).status.value == "not_attempted"
    assert first._pool is None  # an untouched starter never needs the sandbox: nothing was started


def test_untouched_starter_is_not_attempted(lab_with):
    step = lab_with("tensors").step(1)
    result = step.grade(step.exercise.starter)
    assert result.status.value == "not_attempted"


def test_reference_passes_and_a_mistake_is_diagnosed(lab_with):
    step = lab_with("tensors").step(3)
    assert step.grade(step.exercise.solution).passed
    mistake = next(m for m in step.exercise.mistakes() if m.path.stem == "global-mean")
    result = step.grade(mistake.source)
    assert result.status.value == "failed" and "its own mean" in result.feedback


def test_check_prints_a_short_verdict_outside_a_kernel(lab_with, capsys):
    step = lab_with("tensors").step(1)
    step.check(
        "import torch\n\ndef make_grid(rows, cols):\n    return torch.arange(rows * cols).reshape(rows, cols)\n"
    )
    out = capsys.readouterr().out
    assert out.startswith("[failed] Step 1 (labs/tensors/step-1):") and "dtype" in out


def test_a_name_defined_nowhere_gets_a_nudge(lab_with):
    result = lab_with("tensors").step(2).grade()
    assert result.status.value == "not_attempted" and "run the step's code cell" in result.feedback


def test_a_notebook_cell_using_another_cells_variable_is_explained(lab_with, monkeypatch):
    cell = "import torch\n\nscale = factor * 2\n\ndef column_means(x):\n    return x.mean(dim=0) * scale\n"
    monkeypatch.setattr(steps, "_ipython_state", lambda: ({"column_means": None}, ["", cell]))
    result = lab_with("tensors").step(2).grade()
    assert result.status.value == "error" and "names from other cells do not exist there" in result.feedback


def test_an_untouched_cell_gets_the_notebook_nudge(lab_with, monkeypatch):
    step = lab_with("tensors").step(4)
    monkeypatch.setattr(
        steps, "_ipython_state", lambda: ({}, ["", step.exercise.starter + "\nrows_above(x, 1)\n"])
    )
    result = step.grade()
    assert result.status.value == "not_attempted" and "replace `raise NotImplementedError`" in result.feedback


def test_hints_come_in_order_and_stop_at_the_last(lab_with, capsys):
    step = lab_with("autograd").step(1)
    hints = step.exercise.meta.hints
    for number in range(1, len(hints) + 2):
        step.hint()
        shown = min(number, len(hints))
        assert capsys.readouterr().out.startswith(f"Hint {shown}/{len(hints)} for step 1: {hints[shown - 1]}")
    step.hint(1)
    assert hints[0] in capsys.readouterr().out


def test_solution_shows_the_reference(lab_with, capsys):
    step = lab_with("data").step(2)
    step.solution()
    assert step.exercise.solution.strip() in capsys.readouterr().out


@pytest.mark.parametrize(
    ("status", "colour", "words"),
    [
        ("passed", "#1a7f37", "Correct"),
        ("failed", "#b3261e", "Not yet"),
        ("not_attempted", "#0b5cad", "Your turn"),
    ],
)
def test_verdict_html_is_coloured_and_escaped(lab_with, status, colour, words):
    from torchdojo.grader.result import GradeResult, Verdict

    step = lab_with("tensors").step(1)
    result = GradeResult(
        "labs/tensors/step-1", Verdict(status), "Use `x.float()` <not> this", stdout="<b>hi</b>"
    )
    html = display.VerdictView(step, result)._repr_html_()
    assert colour in html and words in html and "<code>x.float()</code>" in html
    assert "&lt;not&gt;" in html and "&lt;b&gt;hi" in html


# ------------------------------------------------------------------------------------------------- CLI
def test_export_writes_seven_notebooks(tmp_path):
    nbformat = pytest.importorskip("nbformat")
    result = CliRunner().invoke(cli, ["notebooks", "export", str(tmp_path / "labs"), "--solutions"])
    assert result.exit_code == 0, result.output
    written = sorted(path.name for path in (tmp_path / "labs").glob("*.ipynb"))
    assert written == [path.stem + ".ipynb" for path in build.lab_paths()] and len(written) == 7
    assert "Wrote 7 notebooks with solutions" in result.output
    for path in (tmp_path / "labs").glob("*.ipynb"):
        nbformat.validate(nbformat.read(path, as_version=4))


def test_notebook_without_jupyterlab_says_how_to_install(monkeypatch, tmp_path):
    import importlib.util

    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: None if name == "jupyterlab" else real(name, *a)
    )
    monkeypatch.setenv("TORCHDOJO_HOME", str(tmp_path))
    result = CliRunner().invoke(cli, ["notebook", "--no-browser"])
    assert result.exit_code == 1 and "pip install 'torchdojo[notebooks]'" in result.output


def test_notebook_keeps_the_learners_copies_and_starts_jupyterlab_on_them(monkeypatch, tmp_path):
    import importlib.util
    import subprocess

    pytest.importorskip("nbformat")
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util, "find_spec", lambda name, *a: object() if name == "jupyterlab" else real(name, *a)
    )
    launched = []
    monkeypatch.setattr(subprocess, "call", lambda command: launched.append(command) or 0)
    monkeypatch.setenv("TORCHDOJO_HOME", str(tmp_path))
    mine = tmp_path / "notebooks" / "01-tensors.ipynb"
    mine.parent.mkdir()
    mine.write_text("my work")
    result = CliRunner().invoke(cli, ["notebook", "--no-browser"])
    assert result.exit_code == 0, result.output
    assert mine.read_text() == "my work" and len(list(mine.parent.glob("*.ipynb"))) == 7
    assert not (mine.parent / ".fresh").exists()
    expected = ["-m", "jupyterlab", f"--notebook-dir={mine.parent}", "--no-browser"]
    assert launched[0][1:] == expected + (["--allow-root"] if os.geteuid() == 0 else [])


# ------------------------------------------------------------------------------- real kernels (nbclient)
@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    pytest.importorskip("nbformat")
    root = tmp_path_factory.mktemp("notebooks")
    build.export(root / "shipped")
    build.export(root / "solved", solutions=True)
    return root


@pytest.fixture
def kernel_environment(monkeypatch, session_home):
    """Kernels inherit this process's environment: a test home, and one zygote per kernel's pool."""
    monkeypatch.setenv("TORCHDOJO_HOME", str(session_home))
    monkeypatch.setenv("TORCHDOJO_POOL_SIZE", "1")
    monkeypatch.setenv("TORCHDOJO_PREFORK", "1")


def run_notebook(path: Path, edits: dict[int, str] | None = None) -> list[tuple[str, int, str]]:
    """Execute a notebook in a fresh python3 kernel; return (status, step, text) for every check output."""
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    notebook = nbformat.read(path, as_version=4)
    for cell in notebook.cells:
        tag = cell.metadata.get("torchdojo", {})
        if tag.get("role") == "code" and tag["step"] in (edits or {}):
            cell.source = edits[tag["step"]]
    nbclient.NotebookClient(
        notebook, timeout=120, kernel_name="python3", resources={"metadata": {"path": str(path.parent)}}
    ).execute()
    verdicts = []
    for cell in notebook.cells:
        if cell.metadata.get("torchdojo", {}).get("role") == "check":
            text = "".join(
                output.get("data", {}).get("text/plain", "") + output.get("text", "")
                for output in cell.outputs
            )
            match = VERDICT_LINE.search(text)
            assert match, f"no verdict under step {cell.metadata['torchdojo']['step']}: {text!r}"
            verdicts.append((match[1], int(match[2]), text))
    return verdicts


@pytest.mark.parametrize("stem", [path.stem for path in build.lab_paths()])
@pytest.mark.usefixtures("kernel_environment")
def test_solved_notebook_passes_every_check(exported, stem):
    verdicts = run_notebook(exported / "solved" / f"{stem}.ipynb")
    assert verdicts and all(status == "passed" for status, _, _ in verdicts), verdicts


@pytest.mark.parametrize("stem", [path.stem for path in build.lab_paths()])
@pytest.mark.usefixtures("kernel_environment")
def test_shipped_notebook_reports_every_step_not_attempted(exported, stem):
    verdicts = run_notebook(exported / "shipped" / f"{stem}.ipynb")
    assert verdicts and all(status == "not_attempted" for status, _, _ in verdicts), verdicts


@pytest.mark.usefixtures("kernel_environment")
def test_a_learners_attempts_in_a_real_kernel(exported):
    """One solved step with a try-out line, one curated mistake, one cell leaning on another cell's variable."""
    solved = EXERCISES["labs/tensors/step-1"].solution + "\nprint(make_grid(2, 3))\n"
    mistake = next(
        m for m in EXERCISES["labs/tensors/step-3"].mistakes() if m.path.stem == "global-mean"
    ).source
    leaning = (
        "import torch\n\ndef rows_above(x, threshold):\n    return x[x.sum(dim=1) > threshold + offset]\n"
    )
    verdicts = run_notebook(exported / "shipped" / "01-tensors.ipynb", {1: solved, 3: mistake, 4: leaning})
    by_step = {step: (status, text) for status, step, text in verdicts}
    assert by_step[1][0] == "passed"
    assert by_step[2][0] == "not_attempted"
    assert by_step[3][0] == "failed" and "its own mean" in by_step[3][1]
    assert by_step[4][0] == "error" and "names from other cells" in by_step[4][1]

"""Tests for torchdojo.content: lesson parsing, the schema's located errors, and `torchdojo validate`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from torchdojo.cli import cli
from torchdojo.content.lesson import parse_lesson
from torchdojo.content.loader import load_course, read_course
from torchdojo.content.outline import course_outline
from torchdojo.content.schema import CalloutBlock, CodeBlock, ConceptBlock, FigureBlock, ProseBlock
from torchdojo.content.validate import validate_course
from torchdojo.settings import BUNDLED_COURSE

pytest_plugins = ["conftest_web"]

QUIZ = "modules/first-steps/quizzes/tensors.yaml"
LESSON = "modules/first-steps/lessons/01-tensors.md"
MODULE = "modules/first-steps/module.yaml"


def line_of(path: Path, text: str, occurrence: int = 1) -> int:
    """1-based line of the ``occurrence``-th line containing ``text``."""
    hits = [n for n, line in enumerate(path.read_text().splitlines(), start=1) if text in line]
    return hits[occurrence - 1]


def edit_yaml(path: Path, change) -> None:
    data = yaml.safe_load(path.read_text())
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))


def replace_text(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text
    path.write_text(text.replace(old, new, 1))


def test_lesson_blocks_are_parsed_in_order():
    from conftest_web import LESSON_ONE

    parsed = parse_lesson(LESSON_ONE, "lesson.md")
    kinds = [type(block) for block in parsed.blocks]
    assert kinds == [
        ProseBlock,
        ConceptBlock,
        CalloutBlock,
        CalloutBlock,
        CodeBlock,
        CodeBlock,
        FigureBlock,
        ProseBlock,
    ]
    run, shown = parsed.blocks[4], parsed.blocks[5]
    assert run.run and run.output == "6\n" and not shown.run
    assert parsed.blocks[1].term == "Tensor"
    assert parsed.blocks[6].name == "bars" and parsed.blocks[6].caption == "Three bars, one per number"
    assert parsed.meta.exercises == ["basics/add-one"] and not parsed.issues


def test_mini_course_is_clean(mini_course):
    report = validate_course(mini_course)
    assert report.ok, [str(issue) for issue in report.issues]
    assert report.counts["code blocks"] == 2 and report.counts["questions"] == 30


def test_validate_cli_exits_zero_on_a_clean_course(mini_course):
    result = CliRunner().invoke(cli, ["validate", str(mini_course)])
    assert result.exit_code == 0, result.output
    assert "OK" in result.output


def _no_feedback(course: Path):
    edit_yaml(course / QUIZ, lambda d: d["questions"][1]["options"][2].pop("feedback"))
    line = line_of(course / QUIZ, "text: Wrong answer 2", occurrence=2)
    return f"{QUIZ}:{line}: question 'tensors-2' option 3 has no 'feedback' — add a feedback: line"


def _four_questions(course: Path):
    edit_yaml(course / QUIZ, lambda d: d["questions"].pop())
    return f"{QUIZ}:1: the quiz has 4 questions — a lesson quiz has exactly 5"


def _two_correct(course: Path):
    edit_yaml(course / QUIZ, lambda d: d["questions"][0]["options"][1].update(correct=True))
    return f"{QUIZ}:2: question 'tensors-1' is 'single' but has 2 correct options"


def _bad_kind(course: Path):
    edit_yaml(course / QUIZ, lambda d: d["questions"][0].update(kind="single-choice"))
    line = line_of(course / QUIZ, "kind: single-choice")
    return f"{QUIZ}:{line}: 'kind' has the bad value 'single-choice' — use one of 'single' or 'multi'"


def _too_few_options(course: Path):
    edit_yaml(course / QUIZ, lambda d: d["questions"][3].update(options=d["questions"][3]["options"][:2]))
    return f"{QUIZ}:{line_of(course / QUIZ, 'options:', occurrence=4)}: question 'tensors-4' 'options' has 2 item(s) — it needs at least 3"


def _duplicate_id(course: Path):
    edit_yaml(course / QUIZ, lambda d: d["questions"][4].update(id="tensors-1"))
    return f"{QUIZ}:{line_of(course / QUIZ, 'id: tensors-1', occurrence=2)}: question id 'tensors-1' is used twice"


def _unknown_module_field(course: Path):
    replace_text(course / MODULE, "summary:", "sumary:")
    return f"{MODULE}:3: the file has the unknown field 'sumary' — remove it or fix its spelling"


def _missing_lesson_file(course: Path):
    (course / "modules/first-steps/lessons/02-training.md").unlink()
    return f"{MODULE}:{line_of(course / MODULE, '- training')}: lesson 'training' has no file lessons/NN-training.md"


def _wrong_output(course: Path):
    replace_text(course / LESSON, "```output\n6\n", "```output\n7\n")
    return f"{LESSON}:{line_of(course / LESSON, '```python run')}: the recorded output block does not match"


def _code_raises(course: Path):
    replace_text(course / LESSON, "print(sum(numbers))", "print(undefined_name)")
    return f"{LESSON}:{line_of(course / LESSON, '```python run')}: this code block raised NameError"


def _figure_without_svg(course: Path):
    replace_text(course / LESSON, "svg = f'", "picture = f'")
    return f"{LESSON}:{line_of(course / LESSON, '```python figure')}: figure 'bars' left no `svg` string"


def _stray_output(course: Path):
    replace_text(course / LESSON, "That is the whole idea.", "That is the whole idea.\n\n```output\n1\n```")
    return f"{LESSON}:{line_of(course / LESSON, '```output', occurrence=2)}: an output block must come directly after"


def _unknown_exercise(course: Path):
    replace_text(course / LESSON, "exercises: [basics/add-one]", "exercises: [basics/add-two]")
    return f"{LESSON}:{line_of(course / LESSON, 'exercises:')}: exercise 'basics/add-two' (item 1 of 'exercises') has no folder"


def _missing_lab(course: Path):
    replace_text(course / LESSON, "lab: first-steps/lab-tensors", "lab: first-steps/lab-missing")
    return f"{LESSON}:{line_of(course / LESSON, 'lab:')}: 'lab' 'first-steps/lab-missing' has no card"


def _draw_too_large(course: Path):
    replace_text(course / MODULE, "draw: 5", "draw: 25")
    return (
        f"{MODULE}:{line_of(course / MODULE, 'draw:')}: test 'draw' is 25 but the bank has only 20 questions"
    )


def _unclosed_front_matter(course: Path):
    replace_text(course / "modules/first-steps/lessons/02-training.md", "---\n\nZero", "\nZero")
    return "modules/first-steps/lessons/02-training.md:1: the front matter is never closed"


def _bad_yaml(course: Path):
    replace_text(course / QUIZ, "questions:", "questions: [")
    return f"{QUIZ}:"


BROKEN = [
    _no_feedback,
    _four_questions,
    _two_correct,
    _bad_kind,
    _too_few_options,
    _duplicate_id,
    _unknown_module_field,
    _missing_lesson_file,
    _wrong_output,
    _code_raises,
    _figure_without_svg,
    _stray_output,
    _unknown_exercise,
    _missing_lab,
    _draw_too_large,
    _unclosed_front_matter,
    _bad_yaml,
]


@pytest.mark.parametrize("breakage", BROKEN, ids=[b.__name__.strip("_") for b in BROKEN])
def test_validate_names_file_line_value_and_fix(mini_course, breakage):
    expected = breakage(mini_course)
    result = CliRunner().invoke(cli, ["validate", str(mini_course)])
    assert result.exit_code == 1, result.output
    assert expected in result.output, result.output


def test_every_issue_is_file_colon_line(mini_course):
    _no_feedback(mini_course)
    _wrong_output(mini_course)
    report = validate_course(mini_course)
    for issue in report.issues:
        assert re.match(r"^[\w./-]+:\d+: \S", str(issue)), str(issue)
        assert " — " in str(issue), str(issue)


def test_lab_card_errors_come_from_the_partner_package(mini_course):
    pytest.importorskip("torchdojo.partners.card")
    edit_yaml(mini_course / "labs/first-steps/lab-tensors.yaml", lambda d: d.pop("rubric"))
    report = validate_course(mini_course, run_code=False)
    files = {issue.file for issue in report.issues}
    assert files == {"labs/first-steps/lab-tensors.yaml"}, [str(i) for i in report.issues]


def test_lenient_read_keeps_the_good_parts(mini_course):
    _missing_lesson_file(mini_course)
    result = read_course(mini_course)
    assert result.course is not None and result.issues
    assert [lesson.id for lesson in result.course.modules["first-steps"].lessons] == ["tensors"]


def test_outline_json(mini_course):
    result = CliRunner().invoke(cli, ["outline", str(mini_course), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data == course_outline(load_course(mini_course))
    module = data["modules"][0]
    assert module["id"] == "first-steps" and module["phase"] == "foundations"
    assert module["test"] == {"bank_size": 20, "draw": 5, "pass_percent": 80}
    lesson = module["lessons"][0]
    assert lesson["quiz_questions"] == 5 and lesson["lab"] == "first-steps/lab-tensors"
    assert lesson["exercises"] == ["basics/add-one"]


def test_outline_text(mini_course):
    result = CliRunner().invoke(cli, ["outline", str(mini_course)])
    assert result.exit_code == 0, result.output
    assert "module test: 5 of 20 questions, pass at 80%" in result.output


def test_courses_json_lists_the_bundled_course(mini_course, monkeypatch):
    monkeypatch.setenv("TORCHDOJO_COURSE", str(mini_course))
    result = CliRunner().invoke(cli, ["courses", "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert {"id": "pytorch", "title": load_course_title(BUNDLED_COURSE), "path": str(BUNDLED_COURSE)} in rows
    assert any(row["id"] == "mini" and row["path"] == str(mini_course.resolve()) for row in rows)


def load_course_title(folder: Path) -> str:
    return yaml.safe_load((folder / "course.yaml").read_text())["title"]


def test_outline_unknown_course_is_a_clear_error():
    result = CliRunner().invoke(cli, ["outline", "no-such-course"])
    assert result.exit_code != 0
    assert "no course 'no-such-course'" in str(result.exception or result.output)


def test_without_the_partner_and_grader_packages_only_existence_is_checked(mini_course, monkeypatch):
    import torchdojo.content.validate as validate_module

    monkeypatch.setattr(validate_module, "_soft_import", lambda name: None)
    edit_yaml(mini_course / "labs/first-steps/lab-tensors.yaml", lambda d: d.pop("rubric"))
    assert validate_course(mini_course, run_code=False).ok
    _unknown_exercise(mini_course)
    assert [
        issue.message.split(" (")[0] for issue in validate_course(mini_course, run_code=False).issues
    ] == ["exercise 'basics/add-two'"]

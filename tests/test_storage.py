"""Tests for torchdojo.storage: migrations, WAL, append-only history, restarts, and the import direction."""

from __future__ import annotations

import ast
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from torchdojo.errors import StorageError
from torchdojo.storage import open_store
from torchdojo.storage.migrate import current_revision, head_revision
from torchdojo.storage.tables import metadata

PACKAGE = Path(__file__).resolve().parents[1] / "src" / "torchdojo"


@pytest.fixture
def store(tmp_path):
    opened = open_store(f"sqlite:///{tmp_path / 'progress.db'}")
    yield opened
    opened.close()


def test_migrations_build_exactly_the_declared_tables(store):
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), metadata)
    assert differences == []
    assert current_revision(store.engine) == head_revision()


def test_sqlite_runs_in_wal_mode(store, tmp_path):
    store.record_visit(store.local_learner, "m", "l")
    with sqlite3.connect(tmp_path / "progress.db") as connection:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_one_local_learner_exists_by_default(store, tmp_path):
    again = open_store(f"sqlite:///{tmp_path / 'progress.db'}")
    assert again.local_learner == store.local_learner == 1
    again.close()


def test_quiz_answers_are_appended_and_the_latest_wins(store):
    learner = store.local_learner
    store.record_quiz_answer(learner, "m", "l", "q1", [1], False)
    store.record_quiz_answer(learner, "m", "l", "q1", [0], True)
    assert store.quiz_answers(learner, "m", "l")["q1"].correct
    assert store.count_quiz_answers() == 2
    assert store.answered_questions(learner) == {("m", "l"): {"q1"}}


def test_submissions_keep_every_verdict(store):
    learner = store.local_learner
    store.record_submission(learner, "g/e", "a", {"status": "failed", "duration_ms": 3})
    store.record_submission(learner, "g/e", "b", {"status": "passed", "duration_ms": 4})
    history = store.submissions(learner, "g/e")
    assert [row.status for row in history] == ["passed", "failed"]
    assert history[0].result["status"] == "passed"
    assert store.passed_exercises(learner) == {"g/e"}


def test_module_test_attempt_then_result(store):
    learner = store.local_learner
    attempt = store.record_test_attempt(learner, "m", ["a", "b"])
    assert store.test_outcome(learner, attempt).answers is None
    assert store.test_outcomes(learner) == []
    store.record_test_result(attempt, {"a": [0], "b": [1]}, 1, 2, False)
    outcome = store.test_outcome(learner, attempt)
    assert (outcome.score, outcome.total, outcome.passed, outcome.questions) == (1, 2, False, ("a", "b"))
    assert store.test_outcome(learner, attempt + 1) is None


def test_lab_turns_and_verdicts(store):
    learner = store.local_learner
    store.record_lab_turn(learner, "m/lab", "s1", "learner", "hello")
    store.record_lab_turn(learner, "m/lab", "s1", "partner", "hi", {"session": {"lab": "m/lab"}})
    store.record_lab_turn(learner, "m/lab", "s1", "verdict", "passed", {"passed": True})
    assert [row.role for row in store.lab_transcript(learner, "m/lab", "s1")] == [
        "learner",
        "partner",
        "verdict",
    ]
    assert store.labs_done(learner) == {"m/lab"}


def test_progress_survives_reopening(tmp_path):
    url = f"sqlite:///{tmp_path / 'progress.db'}"
    first = open_store(url)
    first.record_quiz_answer(first.local_learner, "m", "l", "q", [2], True)
    first.close()
    second = open_store(url)
    assert second.quiz_answers(second.local_learner, "m", "l")["q"].chosen == (2,)
    second.close()


def test_an_unusable_database_is_a_storage_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with pytest.raises(StorageError, match="cannot open the progress store"):
        open_store(f"sqlite:///{blocker / 'progress.db'}")


def test_rows_are_never_updated_or_deleted():
    source = (PACKAGE / "storage" / "store.py").read_text()
    assert ".update(" not in source and ".delete(" not in source


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", ["content", "storage"])
def test_engine_packages_never_import_a_front_door(package):
    for path in (PACKAGE / package).rglob("*.py"):
        bad = {name for name in _imports(path) if name.startswith(("torchdojo.web", "torchdojo.cli"))}
        assert not bad, f"{path} imports {bad}"


def test_the_web_app_never_imports_the_cli():
    for path in (PACKAGE / "web").rglob("*.py"):
        assert not {name for name in _imports(path) if name.startswith("torchdojo.cli")}, path


def test_sqlalchemy_url_selects_the_backend(tmp_path):
    store = open_store(f"sqlite:///{tmp_path / 'other.db'}")
    assert isinstance(store.engine, sa.Engine) and store.engine.dialect.name == "sqlite"
    store.close()

"""ProgressStore: the only code that reads or writes learner progress.

Writes are inserts committed before the method returns; reads derive the current state (latest answer,
attempt counts, best test) from the append-only history. One local learner exists by default; methods take
a learner id so multi-user mode can come later without a schema change.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import sqlalchemy as sa

from torchdojo.errors import StorageError
from torchdojo.storage import migrate
from torchdojo.storage.tables import (
    lab_turns,
    learners,
    lesson_visits,
    now,
    quiz_answers,
    submissions,
    test_attempts,
    test_results,
)

LOCAL_LEARNER = "local"


@dataclass(frozen=True)
class QuizAnswer:
    question: str
    chosen: tuple[int, ...]
    correct: bool


@dataclass(frozen=True)
class TestOutcome:
    attempt_id: int
    module: str
    questions: tuple[str, ...]
    answers: dict[str, list[int]] | None  # None while the attempt is not submitted
    score: int = 0
    total: int = 0
    passed: bool = False


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")  # readers never block the writer
    cursor.execute("PRAGMA synchronous=NORMAL")  # durable across a killed process; WAL keeps commits
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def create_engine(url: str) -> sa.Engine:
    if url.startswith("sqlite:///"):
        Path(url.removeprefix("sqlite:///")).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, pool_size=8, max_overflow=8)
        sa.event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    return sa.create_engine(url, pool_pre_ping=True)


def open_store(url: str) -> ProgressStore:
    """Open (creating and migrating as needed) the store at a SQLAlchemy URL."""
    try:
        engine = create_engine(url)
        migrate.upgrade(engine)
        return ProgressStore(engine)
    except (OSError, sa.exc.SQLAlchemyError) as error:
        reason = getattr(error, "orig", None) or error
        raise StorageError(
            f"cannot open the progress store at {url}: {reason} — check the folder is writable "
            "or fix the database_url setting"
        ) from None


class ProgressStore:
    """Appends progress rows and reads the learner's current state back; safe to share across threads."""

    def __init__(self, engine: sa.Engine):
        self.engine = engine
        self._compiled: dict[sa.Select, sa.engine.Compiled] = {}
        self.local_learner = self.learner_id(LOCAL_LEARNER)

    def close(self) -> None:
        self.engine.dispose()

    def _insert(self, table: sa.Table, **values: Any) -> int:
        try:
            with self.engine.begin() as connection:
                result = connection.execute(table.insert().values(created_at=now(), **values))
                return int(result.inserted_primary_key[0])
        except sa.exc.SQLAlchemyError as error:
            raise StorageError(
                f"could not save progress to {table.name}: {error.__class__.__name__} — is the disk full or the database locked?"
            ) from None

    def _rows(self, query) -> list[sa.Row]:
        with self.engine.connect() as connection:
            return list(connection.execute(query))

    # learners ------------------------------------------------------------------------------------
    def learner_id(self, name: str) -> int:
        rows = self._rows(sa.select(learners.c.id).where(learners.c.name == name))
        if rows:
            return rows[0].id
        try:
            return self._insert(learners, name=name)
        except StorageError:  # another process created it first
            return self._rows(sa.select(learners.c.id).where(learners.c.name == name))[0].id

    # lessons -------------------------------------------------------------------------------------
    def record_visit(self, learner: int, module: str, lesson: str) -> int:
        return self._insert(lesson_visits, learner_id=learner, module=module, lesson=lesson)

    def visited_lessons(self, learner: int) -> set[tuple[str, str]]:
        query = (
            sa.select(lesson_visits.c.module, lesson_visits.c.lesson)
            .where(lesson_visits.c.learner_id == learner)
            .distinct()
        )
        return {(row.module, row.lesson) for row in self._rows(query)}

    # quizzes -------------------------------------------------------------------------------------
    def record_quiz_answer(
        self, learner: int, module: str, lesson: str, question: str, chosen: Iterable[int], correct: bool
    ) -> int:
        return self._insert(
            quiz_answers,
            learner_id=learner,
            module=module,
            lesson=lesson,
            question=question,
            chosen=sorted(chosen),
            correct=correct,
        )

    def quiz_answers(self, learner: int, module: str, lesson: str) -> dict[str, QuizAnswer]:
        """The latest answer to each question of one lesson quiz (read on every quiz page: a hot path)."""
        rows = self._hot_rows(_QUIZ_ANSWERS, {"learner": learner, "module": module, "lesson": lesson})
        return {
            question: QuizAnswer(question, tuple(_json(chosen)), bool(correct))
            for question, chosen, correct in rows
        }

    def _hot_rows(self, statement: sa.Select, values: dict[str, Any]) -> list[tuple]:
        """Run a prebuilt SELECT on a raw DB-API connection: compiled once for this database's dialect,
        it skips Core's per-call statement building and execution layers, which cost ~10x the query itself
        on SQLite."""
        compiled = self._compiled.get(statement)
        if compiled is None:
            compiled = self._compiled[statement] = statement.compile(dialect=self.engine.dialect)
        params = tuple(values[name] for name in compiled.positiontup) if compiled.positional else values
        connection = self.engine.raw_connection()
        try:
            cursor = connection.cursor()
            cursor.execute(compiled.string, params)
            rows = cursor.fetchall()
            cursor.close()
            return rows
        except Exception as error:  # each DB-API driver has its own error classes
            raise StorageError(f"could not read progress: {error} — is the database reachable?") from None
        finally:
            connection.close()

    def answered_questions(self, learner: int) -> dict[tuple[str, str], set[str]]:
        query = (
            sa.select(quiz_answers.c.module, quiz_answers.c.lesson, quiz_answers.c.question)
            .where(quiz_answers.c.learner_id == learner)
            .distinct()
        )
        answered: dict[tuple[str, str], set[str]] = {}
        for row in self._rows(query):
            answered.setdefault((row.module, row.lesson), set()).add(row.question)
        return answered

    def count_quiz_answers(self) -> int:
        return self._rows(sa.select(sa.func.count()).select_from(quiz_answers))[0][0]

    # exercises -----------------------------------------------------------------------------------
    def record_submission(self, learner: int, exercise: str, source: str, result: dict[str, Any]) -> int:
        return self._insert(
            submissions,
            learner_id=learner,
            exercise=exercise,
            source=source,
            status=str(result.get("status", "error")),
            result=result,
            duration_ms=float(result.get("duration_ms") or 0.0),
        )

    def submissions(self, learner: int, exercise: str) -> list[sa.Row]:
        """Every submission to one exercise, newest first."""
        query = (
            sa.select(submissions)
            .where(submissions.c.learner_id == learner, submissions.c.exercise == exercise)
            .order_by(submissions.c.id.desc())
        )
        return self._rows(query)

    def passed_exercises(self, learner: int) -> set[str]:
        query = (
            sa.select(submissions.c.exercise)
            .where(submissions.c.learner_id == learner, submissions.c.status == "passed")
            .distinct()
        )
        return {row.exercise for row in self._rows(query)}

    # module tests --------------------------------------------------------------------------------
    def record_test_attempt(self, learner: int, module: str, questions: list[str]) -> int:
        return self._insert(test_attempts, learner_id=learner, module=module, questions=list(questions))

    def record_test_result(
        self, attempt_id: int, answers: dict[str, list[int]], score: int, total: int, passed: bool
    ) -> int:
        return self._insert(
            test_results, attempt_id=attempt_id, answers=answers, score=score, total=total, passed=passed
        )

    def test_outcome(self, learner: int, attempt_id: int) -> TestOutcome | None:
        query = (
            sa.select(
                test_attempts,
                test_results.c.answers,
                test_results.c.score,
                test_results.c.total,
                test_results.c.passed,
            )
            .outerjoin(test_results, test_results.c.attempt_id == test_attempts.c.id)
            .where(test_attempts.c.id == attempt_id, test_attempts.c.learner_id == learner)
            .order_by(test_results.c.id)
        )
        rows = self._rows(query)
        return _outcome(rows[0]) if rows else None

    def test_outcomes(self, learner: int, module: str | None = None) -> list[TestOutcome]:
        """Submitted module tests, newest first."""
        query = (
            sa.select(
                test_attempts,
                test_results.c.answers,
                test_results.c.score,
                test_results.c.total,
                test_results.c.passed,
            )
            .join(test_results, test_results.c.attempt_id == test_attempts.c.id)
            .where(test_attempts.c.learner_id == learner)
            .order_by(test_results.c.id.desc())
        )
        if module:
            query = query.where(test_attempts.c.module == module)
        return [_outcome(row) for row in self._rows(query)]

    # labs ----------------------------------------------------------------------------------------
    def record_lab_turn(
        self, learner: int, lab: str, session: str, role: str, text: str, data: Any = None
    ) -> int:
        return self._insert(
            lab_turns, learner_id=learner, lab=lab, session=session, role=role, text=text, data=data
        )

    def lab_transcript(self, learner: int, lab: str, session: str) -> list[sa.Row]:
        query = (
            sa.select(lab_turns)
            .where(lab_turns.c.learner_id == learner, lab_turns.c.lab == lab, lab_turns.c.session == session)
            .order_by(lab_turns.c.id)
        )
        return self._rows(query)

    def labs_done(self, learner: int) -> set[str]:
        query = (
            sa.select(lab_turns.c.lab)
            .where(lab_turns.c.learner_id == learner, lab_turns.c.role == "verdict")
            .distinct()
        )
        return {row.lab for row in self._rows(query)}


_QUIZ_ANSWERS = (
    sa.select(quiz_answers.c.question, quiz_answers.c.chosen, quiz_answers.c.correct)
    .where(
        quiz_answers.c.learner_id == sa.bindparam("learner"),
        quiz_answers.c.module == sa.bindparam("module"),
        quiz_answers.c.lesson == sa.bindparam("lesson"),
    )
    .order_by(quiz_answers.c.id)
)


def _json(value: Any) -> Any:
    """JSON columns come back as text from SQLite's raw driver and already decoded from Postgres'."""
    return json.loads(value) if isinstance(value, str) else value


def _outcome(row: sa.Row) -> TestOutcome:
    return TestOutcome(
        attempt_id=row.id,
        module=row.module,
        questions=tuple(row.questions),
        answers=row.answers,
        score=row.score or 0,
        total=row.total or 0,
        passed=bool(row.passed),
    )

"""The tables of the progress store (SQLAlchemy Core). Rows are only ever inserted, never updated.

The Alembic migrations in ``migrations/versions`` create exactly these; a test compares the two.
"""

from __future__ import annotations

from datetime import datetime, timezone

import sqlalchemy as sa

metadata = sa.MetaData()


def now() -> datetime:
    return datetime.now(timezone.utc)


def _created() -> sa.Column:
    return sa.Column("created_at", sa.DateTime(timezone=True), nullable=False, default=now)


def _learner() -> sa.Column:
    return sa.Column("learner_id", sa.Integer, sa.ForeignKey("learners.id"), nullable=False, index=True)


learners = sa.Table(
    "learners",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("name", sa.String(200), nullable=False, unique=True),
    _created(),
)

lesson_visits = sa.Table(
    "lesson_visits",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _learner(),
    sa.Column("module", sa.String(200), nullable=False),
    sa.Column("lesson", sa.String(200), nullable=False),
    _created(),
)

quiz_answers = sa.Table(
    "quiz_answers",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _learner(),
    sa.Column("module", sa.String(200), nullable=False),
    sa.Column("lesson", sa.String(200), nullable=False),
    sa.Column("question", sa.String(200), nullable=False),
    sa.Column("chosen", sa.JSON, nullable=False),  # list of option indexes, 0-based
    sa.Column("correct", sa.Boolean, nullable=False),
    _created(),
)

submissions = sa.Table(
    "submissions",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _learner(),
    sa.Column("exercise", sa.String(200), nullable=False, index=True),
    sa.Column("source", sa.Text, nullable=False),
    sa.Column("status", sa.String(40), nullable=False),  # the verdict
    sa.Column("result", sa.JSON, nullable=False),  # GradeResult.to_dict()
    sa.Column("duration_ms", sa.Float, nullable=False, default=0.0),
    _created(),
)

test_attempts = sa.Table(
    "test_attempts",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _learner(),
    sa.Column("module", sa.String(200), nullable=False),
    sa.Column("questions", sa.JSON, nullable=False),  # the drawn question ids, in order
    _created(),
)

test_results = sa.Table(
    "test_results",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    sa.Column("attempt_id", sa.Integer, sa.ForeignKey("test_attempts.id"), nullable=False, index=True),
    sa.Column("answers", sa.JSON, nullable=False),  # question id → chosen option indexes
    sa.Column("score", sa.Integer, nullable=False),
    sa.Column("total", sa.Integer, nullable=False),
    sa.Column("passed", sa.Boolean, nullable=False),
    _created(),
)

lab_turns = sa.Table(
    "lab_turns",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _learner(),
    sa.Column("lab", sa.String(200), nullable=False, index=True),
    sa.Column("session", sa.String(64), nullable=False),
    sa.Column("role", sa.String(20), nullable=False),  # learner | partner | verdict
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("data", sa.JSON, nullable=True),  # e.g. the verdict's rubric points
    _created(),
)

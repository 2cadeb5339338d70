"""The first schema: learners, lesson visits, quiz answers, submissions, module tests and lab turns.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _created() -> sa.Column:
    return sa.Column("created_at", sa.DateTime(timezone=True), nullable=False)


def _learner() -> sa.Column:
    return sa.Column("learner_id", sa.Integer, sa.ForeignKey("learners.id"), nullable=False, index=True)


def upgrade() -> None:
    op.create_table(
        "learners",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(200), nullable=False, unique=True),
        _created(),
    )
    op.create_table(
        "lesson_visits",
        sa.Column("id", sa.Integer, primary_key=True),
        _learner(),
        sa.Column("module", sa.String(200), nullable=False),
        sa.Column("lesson", sa.String(200), nullable=False),
        _created(),
    )
    op.create_table(
        "quiz_answers",
        sa.Column("id", sa.Integer, primary_key=True),
        _learner(),
        sa.Column("module", sa.String(200), nullable=False),
        sa.Column("lesson", sa.String(200), nullable=False),
        sa.Column("question", sa.String(200), nullable=False),
        sa.Column("chosen", sa.JSON, nullable=False),
        sa.Column("correct", sa.Boolean, nullable=False),
        _created(),
    )
    op.create_table(
        "submissions",
        sa.Column("id", sa.Integer, primary_key=True),
        _learner(),
        sa.Column("exercise", sa.String(200), nullable=False, index=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("status", sa.String(40), nullable=False),
        sa.Column("result", sa.JSON, nullable=False),
        sa.Column("duration_ms", sa.Float, nullable=False),
        _created(),
    )
    op.create_table(
        "test_attempts",
        sa.Column("id", sa.Integer, primary_key=True),
        _learner(),
        sa.Column("module", sa.String(200), nullable=False),
        sa.Column("questions", sa.JSON, nullable=False),
        _created(),
    )
    op.create_table(
        "test_results",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("attempt_id", sa.Integer, sa.ForeignKey("test_attempts.id"), nullable=False, index=True),
        sa.Column("answers", sa.JSON, nullable=False),
        sa.Column("score", sa.Integer, nullable=False),
        sa.Column("total", sa.Integer, nullable=False),
        sa.Column("passed", sa.Boolean, nullable=False),
        _created(),
    )
    op.create_table(
        "lab_turns",
        sa.Column("id", sa.Integer, primary_key=True),
        _learner(),
        sa.Column("lab", sa.String(200), nullable=False, index=True),
        sa.Column("session", sa.String(64), nullable=False),
        sa.Column("role", sa.String(20), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("data", sa.JSON, nullable=True),
        _created(),
    )


def downgrade() -> None:
    for table in (
        "lab_turns",
        "test_results",
        "test_attempts",
        "submissions",
        "quiz_answers",
        "lesson_visits",
        "learners",
    ):
        op.drop_table(table)

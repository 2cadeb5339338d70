"""The progress store: every answer, submission, test attempt, verdict and lab turn as append-only rows.

SQLAlchemy Core over SQLite (WAL) by default, any SQLAlchemy URL (Postgres) by setting; the schema is created
and upgraded by the Alembic migrations shipped in ``storage/migrations``, run on open. Each ``record_*``
commits before it returns, so a response sent after it never describes unsaved progress. This package never
imports a front door.
"""

from torchdojo.storage.store import ProgressStore, open_store

__all__ = ["ProgressStore", "open_store"]

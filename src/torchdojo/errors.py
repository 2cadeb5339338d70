"""The exception vocabulary of torchdojo.

Every error a user can cause is one of these, with a message that names the thing, the bad value and the fix.
Each front door (CLI, web, notebook) translates them into output in exactly one place.
"""


class TorchdojoError(Exception):
    """Base class: something the user can fix, described in plain words."""


class SettingsError(TorchdojoError):
    """A setting (torchdojo.toml, TORCHDOJO_* variable or flag) has a bad value."""


class ContentError(TorchdojoError):
    """A course file is malformed: the message names file, line, field, bad value and fix."""


class UnknownExerciseError(ContentError):
    """An exercise id that the course does not have; carries the closest ids."""

    def __init__(self, exercise_id: str, suggestions: list[str]):
        self.exercise_id = exercise_id
        self.suggestions = suggestions
        hint = f" Did you mean: {', '.join(suggestions)}?" if suggestions else ""
        super().__init__(
            f"unknown exercise {exercise_id!r}.{hint} Run 'torchdojo exercises' to list them all."
        )


class GradingError(TorchdojoError):
    """The grader itself could not run (not the learner's code failing: that is a verdict)."""


class SandboxError(GradingError):
    """The sandbox cannot be started safely with the current settings."""


class StorageError(TorchdojoError):
    """The progress store cannot be opened or written."""


class PartnerError(TorchdojoError):
    """The lab partner cannot run a lab (unknown lab, bad card, backend misconfigured)."""

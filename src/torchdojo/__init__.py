"""torchdojo: an interactive, offline PyTorch course with a sandboxed, tensor-aware grader.

The public Python API is small: ``torchdojo.grade(exercise_id, source_or_path)`` grades one submission and
returns a :class:`torchdojo.grader.result.GradeResult`.
"""

__version__ = "0.1.0"

__all__ = ["grade", "__version__"]


def grade(exercise_id: str, source_or_path, *, settings=None):
    """Grade learner code (source as str or bytes, or a path to a .py file) against one exercise."""
    from torchdojo.grader.service import grade as _grade

    return _grade(exercise_id, source_or_path, settings=settings)

"""Finding lab cards in a course folder: ``labs/<module-id>/<lab-name>.yaml`` is lab ``<module-id>/<lab-name>``."""

from __future__ import annotations

import difflib
from pathlib import Path

from torchdojo.errors import PartnerError
from torchdojo.partners.card import LabCard, load_card


def lab_paths(course_dir: Path) -> dict[str, Path]:
    """Lab id -> card file, for every card in the course."""
    root = Path(course_dir) / "labs"
    if not root.is_dir():
        return {}
    return {f"{path.parent.name}/{path.stem}": path for path in sorted(root.glob("*/*.yaml"))}


def load_lab(course_dir: Path, lab_id: str) -> LabCard:
    """The validated card of ``lab_id``; an unknown id names the closest ones."""
    paths = lab_paths(course_dir)
    if lab_id not in paths:
        close = difflib.get_close_matches(lab_id, list(paths), n=3, cutoff=0.5)
        hint = f" Did you mean: {', '.join(close)}?" if close else ""
        raise PartnerError(
            f"unknown lab {lab_id!r} in {course_dir}.{hint} Run 'torchdojo lab --list' to see them all."
        )
    return load_card(paths[lab_id], expected_id=lab_id)


def list_labs(course_dir: Path) -> list[LabCard]:
    """Every lab card of the course, validated, in id order."""
    return [load_card(path, expected_id=lab_id) for lab_id, path in lab_paths(course_dir).items()]

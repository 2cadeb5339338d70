"""Content issues: one problem in one course file, phrased as file:line: what is wrong — how to fix it.

``parse_yaml`` keeps the line of every YAML node so that pydantic validation errors, which only know a path
like ``('questions', 2, 'options', 3, 'feedback')``, can be reported at the line an author has to edit.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from pydantic import BaseModel, ValidationError

from torchdojo.errors import ContentError

Location = tuple[Any, ...]


@dataclass(frozen=True)
class Issue:
    """One thing wrong with a course file."""

    file: str  # relative to the course folder
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


class CourseInvalid(ContentError):
    """Raised by the loader when a course has issues; ``issues`` lists them all."""

    def __init__(self, issues: list[Issue]):
        self.issues = issues
        shown = "\n".join(str(issue) for issue in issues[:20])
        more = f"\n… and {len(issues) - 20} more" if len(issues) > 20 else ""
        super().__init__(f"the course has {len(issues)} problem(s):\n{shown}{more}")


@dataclass
class YamlDocument:
    """Parsed YAML data plus the line of every node, keyed by its path."""

    data: Any
    lines: dict[Location, int]
    first_line: int = 1

    def line_of(self, location: Location) -> int:
        """The line of ``location``, or of its nearest ancestor that exists in the file."""
        for end in range(len(location), -1, -1):
            if location[:end] in self.lines:
                return self.lines[location[:end]]
        return self.first_line


def _node_lines(node: yaml.Node, location: Location, lines: dict[Location, int], offset: int) -> None:
    lines[location] = node.start_mark.line + 1 + offset
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value
            _node_lines(value_node, (*location, key), lines, offset)
            lines[(*location, key)] = key_node.start_mark.line + 1 + offset
    elif isinstance(node, yaml.SequenceNode):
        for index, item in enumerate(node.value):
            _node_lines(item, (*location, index), lines, offset)


def parse_yaml(text: str, file: str, offset: int = 0) -> YamlDocument:
    """Parse YAML text; ``offset`` is added to every line (front matter starts below a ``---``)."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + 1 + offset if mark else 1 + offset
        problem = getattr(error, "problem", None) or str(error)
        raise CourseInvalid([Issue(file, line, f"invalid YAML: {problem} — fix the YAML syntax")]) from None
    lines: dict[Location, int] = {}
    if node is not None:
        _node_lines(node, (), lines, offset)
    return YamlDocument(data, lines, first_line=1 + offset)


def _describe(location: Location, data: Any) -> str:
    """Turn ('questions', 2, 'options', 3) into "question 'count' option 4"."""
    words: list[str] = []
    cursor = data
    index = 0
    while index < len(location):
        key = location[index]
        nxt = location[index + 1] if index + 1 < len(location) else None
        cursor = cursor.get(key) if isinstance(cursor, dict) else None
        if isinstance(nxt, int) and isinstance(cursor, list):
            item = cursor[nxt] if nxt < len(cursor) else None
            words.append(_item_name(str(key), nxt, item))
            cursor = item
            index += 2
            continue
        words.append(f"'{key}'")
        index += 1
    return " ".join(words)


def _item_name(key: str, index: int, item: Any) -> str:
    singular = key[:-1] if key.endswith("s") else key
    if isinstance(item, dict) and isinstance(item.get("id"), str):
        return f"{singular} '{item['id']}'"
    return f"{singular} {index + 1}"


def _fix(error: dict[str, Any], owner: str, field: str) -> str:
    kind = error["type"]
    value = error.get("input")
    context = error.get("ctx") or {}
    if kind == "missing":
        return f"{owner or 'the file'} has no '{field}' — add a {field}: line"
    if kind == "extra_forbidden":
        return f"{owner or 'the file'} has the unknown field '{field}' — remove it or fix its spelling"
    if kind == "string_pattern_mismatch":
        return f"'{field}' has the bad value {value!r} — use lowercase letters, digits and dashes"
    if kind == "too_short":
        return f"{owner or 'the file'} '{field}' has {len(value)} item(s) — it needs at least {context.get('min_length')}"
    if kind == "too_long":
        return f"{owner or 'the file'} '{field}' has {len(value)} items — it allows at most {context.get('max_length')}"
    if kind == "literal_error":
        return f"'{field}' has the bad value {value!r} — use one of {context.get('expected')}"
    where = f"{owner} " if owner else ""
    return f"{where}'{field}' has the bad value {value!r} — {error['msg'].lower()}"


def validation_issues(error: ValidationError, document: YamlDocument, file: str) -> list[Issue]:
    """One Issue per pydantic error, each at the line of the offending node."""
    issues = []
    for item in error.errors():
        location = tuple(item["loc"])
        field = str(location[-1]) if location else "(top level)"
        parent = location[:-1]
        owner = _describe(parent, document.data) if parent else ""
        issues.append(Issue(file, document.line_of(location), _fix(item, owner, field)))
    return issues


def build(model: type[BaseModel], document: YamlDocument, file: str) -> BaseModel:
    """Validate parsed YAML against ``model``; raise CourseInvalid with located issues."""
    if not isinstance(document.data, dict):
        raise CourseInvalid(
            [Issue(file, document.first_line, "expected a mapping of fields — see docs/content-format.md")]
        )
    try:
        return model.model_validate(document.data)
    except ValidationError as error:
        raise CourseInvalid(validation_issues(error, document, file)) from None


def relative(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        return str(path)

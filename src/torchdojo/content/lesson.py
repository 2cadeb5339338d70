"""Parse one lesson file: YAML front matter, then Markdown whose fenced blocks name special block kinds.

The info string of a fence picks the block: ``concept TERM``, ``takeaway``, ``mistake``, ``python run``,
``output`` (the recorded stdout of the run block right before it), ``python figure NAME "CAPTION"``; any other
fence is shown as code and not executed. Everything between fences is prose.
"""

from __future__ import annotations

import re
import shlex
from dataclasses import dataclass, field

from torchdojo.content.issues import CourseInvalid, Issue, YamlDocument, build, parse_yaml
from torchdojo.content.schema import (
    AnyBlock,
    CalloutBlock,
    CodeBlock,
    ConceptBlock,
    FigureBlock,
    LessonMeta,
    ProseBlock,
)

FENCE = re.compile(r"^(?P<fence>`{3,}|~{3,})\s*(?P<info>.*)$")


@dataclass
class ParsedLesson:
    meta: LessonMeta
    blocks: list[AnyBlock]
    document: YamlDocument  # the front matter, with lines counted from the top of the file
    issues: list[Issue] = field(default_factory=list)


def split_front_matter(text: str, file: str) -> tuple[str, str, int]:
    """Return (front matter, body, line number where the body starts)."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != "---":
        raise CourseInvalid(
            [Issue(file, 1, "the lesson has no front matter — start the file with a '---' line")]
        )
    for index in range(1, len(lines)):
        if lines[index].strip() == "---":
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), index + 2
    raise CourseInvalid([Issue(file, 1, "the front matter is never closed — add a '---' line after it")])


def parse_lesson(text: str, file: str) -> ParsedLesson:
    front, body, body_line = split_front_matter(text, file)
    document = parse_yaml(front, file, offset=1)
    meta = build(LessonMeta, document, file)
    blocks, issues = parse_blocks(body, file, body_line)
    return ParsedLesson(meta, blocks, document, issues)


def parse_blocks(body: str, file: str, first_line: int) -> tuple[list[AnyBlock], list[Issue]]:
    blocks: list[AnyBlock] = []
    issues: list[Issue] = []
    prose: list[str] = []
    prose_line = first_line
    lines = body.splitlines()
    index = 0
    while index < len(lines):
        match = FENCE.match(lines[index])
        if not match:
            if not prose:
                prose_line = first_line + index
            prose.append(lines[index])
            index += 1
            continue
        _flush_prose(prose, prose_line, blocks)
        prose = []
        start = first_line + index
        end = _closing(lines, index, match.group("fence"))
        if end is None:
            issues.append(Issue(file, start, "this code fence is never closed — add a closing ``` line"))
            break
        source = "\n".join(lines[index + 1 : end]) + "\n"
        _add_fenced(match.group("info").strip(), source, start, blocks, issues, file)
        index = end + 1
    _flush_prose(prose, prose_line, blocks)
    return blocks, issues


def _closing(lines: list[str], opening: int, fence: str) -> int | None:
    for index in range(opening + 1, len(lines)):
        stripped = lines[index].strip()
        if stripped and set(stripped) == {fence[0]} and len(stripped) >= len(fence):
            return index
    return None


def _flush_prose(prose: list[str], line: int, blocks: list[AnyBlock]) -> None:
    text = "\n".join(prose).strip("\n")
    if text.strip():
        blocks.append(ProseBlock(markdown=text, line=line))


def _add_fenced(info: str, source: str, line: int, blocks: list[AnyBlock], issues: list[Issue], file: str):
    try:
        words = shlex.split(info)
    except ValueError:
        issues.append(Issue(file, line, f"the fence info {info!r} has an unclosed quote — close the quote"))
        return
    head = words[0] if words else ""
    if head == "concept":
        if len(words) < 2:
            issues.append(Issue(file, line, "concept block has no term — write ```concept TERM"))
            return
        blocks.append(ConceptBlock(term=" ".join(words[1:]), definition=source.strip(), line=line))
    elif head in ("takeaway", "mistake"):
        blocks.append(CalloutBlock(kind=head, markdown=source.strip(), line=line))
    elif head == "output":
        _attach_output(source, line, blocks, issues, file)
    elif head == "python" and len(words) > 1:
        _add_python(words, source, line, blocks, issues, file)
    else:
        blocks.append(CodeBlock(language=head or "text", source=source, line=line))


def _add_python(words, source, line, blocks, issues, file) -> None:
    if words[1] == "run" and len(words) == 2:
        blocks.append(CodeBlock(source=source, run=True, line=line))
    elif words[1] == "figure" and len(words) == 4:
        try:
            blocks.append(FigureBlock(name=words[2], caption=words[3], source=source, line=line))
        except ValueError:
            issues.append(
                Issue(
                    file,
                    line,
                    f"figure name {words[2]!r} is not an id — use lowercase letters, digits and dashes",
                )
            )
    else:
        issues.append(
            Issue(
                file,
                line,
                f"unknown python block {' '.join(words)!r} — use ```python run, "
                '```python figure NAME "CAPTION" or plain ```python',
            )
        )


def _attach_output(source: str, line: int, blocks: list[AnyBlock], issues: list[Issue], file: str) -> None:
    previous = blocks[-1] if blocks else None
    if not isinstance(previous, CodeBlock) or not previous.run or previous.output is not None:
        issues.append(
            Issue(file, line, "an output block must come directly after a ```python run block — move it")
        )
        return
    blocks[-1] = previous.model_copy(update={"output": source})

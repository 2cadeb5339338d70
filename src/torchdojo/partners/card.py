"""The lab card: the pydantic schema of a lab-partner lab, and loading one from YAML with helpful errors.

A card (``labs/<module-id>/<lab-name>.yaml``) says who the partner is (persona), what the learner must do
(scenario, task, opening line, minimum exchanges), what a good answer contains (rubric points, each with
reference phrasings, keyword rules, negations and a challenge question), which wrong beliefs to correct
(misconceptions) and how the verdict is reached. ``docs/lab-partner.md`` is the author's guide.

Keyword rules are small and readable: a rule is groups joined by ``+``; each group is alternatives joined by
``|``; a sentence satisfies the rule when every group has an alternative in it. Alternatives are literal,
case-insensitive and matched on word edges; a trailing ``*`` matches any word ending (``accumulat*``).
Example: ``"zero_grad|zero the grad* + before|first"``. Join groups with ``>`` instead of ``+`` to require them
in that order: ``"backward > zero_grad > step"``.

A bad card raises :class:`torchdojo.errors.PartnerError` naming the file, line, field, bad value and fix.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Annotated

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from torchdojo.errors import PartnerError

SLUG = r"^[a-z0-9][a-z0-9-]*$"


def _term_pattern(term: str) -> str:
    """Regex for one literal alternative: word-edged, flexible whitespace, optional ``*`` word ending."""
    wildcard = term.endswith("*")
    words = term.rstrip("*").strip().split()
    body = r"\s+".join(re.escape(word) for word in words)
    start = r"(?<!\w)(?<!\d\.)" if re.match(r"\w", words[0]) else ""  # no match inside a word or a decimal
    end = r"\w*" if wildcard else (r"(?![\w]|\.\d)" if re.search(r"\w$", words[-1]) else "")
    return start + body + end


class Rule:
    """A compiled keyword rule: every ``+`` group must have one ``|`` alternative in the sentence."""

    def __init__(self, source: str):
        self.source = source
        self.ordered = ">" in source
        if self.ordered and "+" in source:
            raise ValueError(f"rule {source!r} mixes '+' and '>' — use one kind of join per rule")
        groups = [group.strip() for group in source.split(">" if self.ordered else "+")]
        if not source.strip() or any(not group for group in groups):
            raise ValueError(f"rule {source!r} has an empty group — write 'a|b + c|d'")
        self.groups = [self._compile(group) for group in groups]

    @staticmethod
    def _compile(group: str) -> re.Pattern[str]:
        alternatives = [alternative.strip() for alternative in group.split("|")]
        if any(not alternative or alternative == "*" for alternative in alternatives):
            raise ValueError(f"group {group!r} has an empty alternative — remove the stray '|'")
        return re.compile("|".join(_term_pattern(alternative.lower()) for alternative in alternatives))

    def matches(self, normalized_sentence: str) -> bool:
        """True when every group occurs (in order, for ``>`` rules) in a :func:`normalize`-d sentence."""
        if not self.ordered:
            return all(group.search(normalized_sentence) for group in self.groups)
        position = 0
        for group in self.groups:
            found = group.search(normalized_sentence, position)
            if found is None:
                return False
            position = found.end()
        return True

    def __repr__(self) -> str:
        return f"Rule({self.source!r})"


def normalize(text: str) -> str:
    """Lower-case text with typographic quotes and dashes made plain, as the rules expect."""
    table = str.maketrans(
        {"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
    )
    return text.translate(table).lower()


@functools.lru_cache(maxsize=4096)
def compile_rule(source: str) -> Rule:
    """The compiled rule for ``source`` (cached: cards are validated once, matched many times)."""
    return Rule(source)


def _compile_rules(sources: list[str]) -> list[str]:
    for source in sources:
        compile_rule(source)  # raises ValueError with a fix when malformed
    return sources


RuleList = Annotated[list[str], Field(default_factory=list)]


class Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Persona(Strict):
    name: str = Field(min_length=1)
    role: str = Field(min_length=1)
    tone: str = Field(min_length=1)  # a phrase: used by generative backends to phrase replies
    acknowledgements: list[str] = Field(
        default_factory=lambda: ["Good: {point}.", "That's right: {point}.", "Yes: {point}."]
    )  # templates; {point} is the point's acknowledgement
    push_backs: list[str] = Field(
        default_factory=lambda: ["That's a preference, not a reason. Make a call and tell me why."]
    )
    wrap_up: str = "Anything you'd check before we call this done?"  # asked when nothing required is missing

    @field_validator("acknowledgements")
    @classmethod
    def _has_placeholder(cls, templates: list[str]) -> list[str]:
        for template in templates:
            if "{point}" not in template:
                raise ValueError(f"template {template!r} has no {{point}} — add it where the point goes")
        return templates


class Point(Strict):
    id: str = Field(pattern=SLUG)
    description: str = Field(min_length=1)  # what the learner must show, for authors and the verdict
    acknowledgement: str = Field(min_length=1)  # how the partner names it when covered
    reference_phrasings: list[str] = Field(min_length=3, max_length=5)
    keywords: list[str] = Field(min_length=1)  # rules; any one satisfied is the main signal
    negations: RuleList  # rules; a sentence matching one never earns this point
    challenge: str = Field(min_length=1)  # asked while the point is missing
    explanation: str = Field(min_length=1)  # what a strong answer would have said (shown when missed)
    weight: float = Field(default=1.0, gt=0)
    required: bool = True

    @field_validator("keywords", "negations")
    @classmethod
    def _rules_compile(cls, sources: list[str]) -> list[str]:
        return _compile_rules(sources)


class Misconception(Strict):
    id: str = Field(pattern=SLUG)
    triggers: list[str] = Field(min_length=1)  # rules; any one satisfied means the learner holds it
    correction: str = Field(min_length=1)

    @field_validator("triggers")
    @classmethod
    def _rules_compile(cls, sources: list[str]) -> list[str]:
        return _compile_rules(sources)


class Similarity(Strict):
    """Cosine bands for the MiniLM signal (see ``partners.matcher``)."""

    keyword_floor: float = Field(default=0.2, ge=-1, le=1)  # below this a keyword hit is only a follow-up
    follow_up: float = Field(default=0.6, ge=-1, le=1)  # without keywords: from here a follow-up question
    credit: float = Field(default=0.85, ge=-1, le=1)  # without keywords: from here the point is covered

    @model_validator(mode="after")
    def _ordered(self) -> Similarity:
        if not self.follow_up <= self.credit:
            raise ValueError(
                f"follow_up {self.follow_up} is above credit {self.credit} — make follow_up <= credit"
            )
        return self


class VerdictRule(Strict):
    """Passing needs the minimum exchanges, every required point, and at least ``min_score`` of the weight."""

    min_score: float = Field(default=0.0, ge=0, le=1)
    max_exchanges: int = Field(default=8, ge=3)  # the turn cap: the verdict comes here at the latest


class LabCard(Strict):
    id: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*/[a-z0-9][a-z0-9-]*$")
    title: str = Field(min_length=1)
    persona: Persona
    scenario: str = Field(min_length=1)
    task: str = Field(min_length=1)
    opening: str = Field(min_length=1)
    min_exchanges: int = Field(default=3, ge=3)
    rubric: list[Point] = Field(min_length=1)
    misconceptions: list[Misconception] = Field(default_factory=list)
    verdict: VerdictRule = Field(default_factory=VerdictRule)
    similarity: Similarity = Field(default_factory=Similarity)

    @model_validator(mode="after")
    def _consistent(self) -> LabCard:
        ids = [point.id for point in self.rubric]
        duplicates = sorted({point_id for point_id in ids if ids.count(point_id) > 1})
        if duplicates:
            raise ValueError(f"rubric point ids {duplicates} repeat — give every point its own id")
        if not any(point.required for point in self.rubric):
            raise ValueError("no rubric point is required — mark at least one 'required: true'")
        if self.verdict.max_exchanges < self.min_exchanges:
            raise ValueError(
                f"verdict.max_exchanges {self.verdict.max_exchanges} is below min_exchanges "
                f"{self.min_exchanges} — raise max_exchanges"
            )
        return self

    def point(self, point_id: str) -> Point:
        return next(point for point in self.rubric if point.id == point_id)


FIXES = {
    "reference_phrasings": "give 3 to 5 ways a learner might say it",
    "min_exchanges": "use 3 or more",
    "keywords": "write rules like 'zero_grad + before|first'",
    "negations": "write rules like 'order + does not matter|doesn't matter'",
    "triggers": "write rules like 'accuracy + enough|fine'",
    "id": "use lower-case words joined by '-' (and '<module>/<lab>' for the card id)",
}


def _line_of(node: yaml.Node | None, location: tuple) -> int | None:
    """The 1-based YAML line of the field at ``location`` (pydantic's loc), as close as it can be found."""
    line = node.start_mark.line + 1 if node is not None else None
    for key in location:
        if isinstance(node, yaml.MappingNode):
            node = next((value for name, value in node.value if name.value == key), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            break
        if node is None:
            break
        line = node.start_mark.line + 1
    return line


def _describe(error: dict, path: Path, root: yaml.Node | None) -> str:
    location = tuple(error["loc"])
    field = ".".join(f"[{part}]" if isinstance(part, int) else str(part) for part in location).replace(
        ".[", "["
    )
    line = _line_of(root, location)
    named = next((str(part) for part in reversed(location) if isinstance(part, str)), "")
    fix = FIXES.get(named, "see docs/lab-partner.md for the card format")
    value = error.get("input")
    shown = repr(value) if not isinstance(value, dict) else "{…}"
    if len(shown) > 80:
        shown = shown[:77] + "…"
    where = f"{path}:{line}" if line else str(path)
    return f"{where}: field '{field or 'card'}' has the bad value {shown}: {error['msg']} — fix: {fix}"


def parse_card(text: str, path: Path, expected_id: str | None = None) -> LabCard:
    """Validate YAML ``text`` read from ``path``; raise PartnerError naming file, line, field, value, fix."""
    try:
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        raise PartnerError(f"{path}: not valid YAML ({error}) — fix the syntax") from None
    if not isinstance(data, dict):
        raise PartnerError(
            f"{path}: a lab card must be a YAML mapping, got {type(data).__name__} — see docs/lab-partner.md"
        )
    try:
        card = LabCard.model_validate(data)
    except ValidationError as error:
        raise PartnerError("\n".join(_describe(item, path, root) for item in error.errors())) from None
    if expected_id is not None and card.id != expected_id:
        raise PartnerError(
            f"{path}: field 'id' has the bad value {card.id!r} — fix: set it to {expected_id!r}"
        )
    return card


def load_card(path: Path, expected_id: str | None = None) -> LabCard:
    """Read and validate the card at ``path``."""
    try:
        text = Path(path).read_text(encoding="utf-8")
    except OSError as error:
        raise PartnerError(f"{path}: cannot read the lab card ({error.strerror}) — check the path") from None
    return parse_card(text, Path(path), expected_id)

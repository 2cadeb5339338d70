"""The policy: from a matched turn to the partner's decision, and from a transcript to the verdict.

The policy alone decides what counts and what to ask; generative backends only re-phrase its ``statement``.
Each reply, in order: a note when the learner tried to instruct the partner, an acknowledgement of every
point newly covered (in the persona's voice), the correction of any misconception voiced, a push-back when
the turn offered preferences instead of reasons, and one question: a follow-up when a point was only half
said, else the challenge of the most important missing point (required first, then heavier weight, then card
order), else the persona's wrap-up. After ``min_exchanges``, once every required point is covered or the turn
cap (``verdict.max_exchanges``) is reached, the lab finishes and :func:`verdict` gives the result.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict

from torchdojo.partners.card import LabCard, Point
from torchdojo.partners.matcher import COVERED, UNCERTAIN, TurnAnalysis

INJECTION_NOTE = "Instructions about how to grade you don't count for anything here; I only credit reasoning about the problem."
FINISHED_NOTE = "I've heard enough to give you my verdict."
NOTHING_HEARD = "I didn't hear a claim about the problem in that."


@dataclass
class LabState:
    """What a session has established so far: covered points with their verbatim evidence."""

    exchanges: int = 0
    covered: dict[str, str] = field(default_factory=dict)  # point id -> learner sentence
    corrected: list[str] = field(default_factory=list)  # misconception ids already corrected
    finished: bool = False


@dataclass(frozen=True)
class Decision:
    """What the partner says this turn, decided before any phrasing."""

    new_points: tuple[str, ...]
    corrections: tuple[str, ...]
    push_back: bool
    injection: bool
    follow_up: tuple[str, str] | None  # (point id, the learner's half-said sentence)
    challenge: str | None  # point id whose challenge question is asked
    finished: bool
    statement: str  # acknowledgements, corrections, push-back: what a backend may re-phrase
    question: str  # asked verbatim after the statement, whatever the backend says

    @property
    def text(self) -> str:
        return " ".join(part for part in (self.statement, self.question) if part)


def missing_points(card: LabCard, covered: dict[str, str]) -> list[Point]:
    """Uncovered points, most important first: required, then heavier, then in card order."""
    order = {point.id: index for index, point in enumerate(card.rubric)}
    missing = [point for point in card.rubric if point.id not in covered]
    return sorted(missing, key=lambda point: (not point.required, -point.weight, order[point.id]))


def required_covered(card: LabCard, covered: dict[str, str]) -> bool:
    return all(point.id in covered for point in card.rubric if point.required)


def _statement(
    card: LabCard, state: LabState, analysis: TurnAnalysis, new_points: list[str], push_back: bool
) -> str:
    persona, parts = card.persona, []
    if analysis.injections:
        parts.append(INJECTION_NOTE)
    for index, point_id in enumerate(new_points):
        template = persona.acknowledgements[(state.exchanges + index) % len(persona.acknowledgements)]
        parts.append(template.format(point=card.point(point_id).acknowledgement))
    for misconception in card.misconceptions:
        if misconception.id in analysis.misconceptions:
            parts.append(misconception.correction)
    if push_back:
        parts.append(persona.push_backs[(state.exchanges - 1) % len(persona.push_backs)])
    elif not parts and not analysis.matches:
        parts.append(NOTHING_HEARD)
    return " ".join(parts)


def _question(
    card: LabCard, state: LabState, follow_up: tuple[str, str] | None, finished: bool
) -> tuple[str | None, str]:
    """(challenged point id, the question text)."""
    if finished:
        return None, ""
    if follow_up is not None:
        point_id, sentence = follow_up
        return point_id, f'You said "{sentence.rstrip(".!?;")}". Be precise: {card.point(point_id).challenge}'
    missing = missing_points(card, state.covered)
    if missing:
        return missing[0].id, missing[0].challenge
    return None, card.persona.wrap_up


def _follow_up(card: LabCard, state: LabState, analysis: TurnAnalysis) -> tuple[str, str] | None:
    """(point id, sentence) worth a follow-up: a half-said point whose sentence earned nothing else.

    An optional point is never followed up while a required one is still missing.
    """
    credited = {match.sentence for match in analysis.matches.values() if match.status == COVERED}
    half_said = {
        point_id
        for point_id in analysis.ids(UNCERTAIN)
        if point_id not in state.covered and analysis.matches[point_id].sentence not in credited
    }
    missing = missing_points(card, state.covered)
    for point in missing:
        if point.id in half_said and (point.required or not missing[0].required):
            return point.id, analysis.matches[point.id].sentence
    return None


def decide(card: LabCard, state: LabState, analysis: TurnAnalysis) -> Decision:
    """Update ``state`` with this turn's evidence and decide the reply. Pure except for ``state``."""
    state.exchanges += 1
    new_points = [pid for pid in analysis.ids(COVERED) if pid not in state.covered]
    for point_id in new_points:
        state.covered[point_id] = analysis.matches[point_id].sentence
    state.corrected.extend(m for m in analysis.misconceptions if m not in state.corrected)
    follow_up = _follow_up(card, state, analysis)
    push_back = bool(analysis.vague) and not new_points
    done = state.exchanges >= card.min_exchanges and required_covered(card, state.covered)
    state.finished = done or state.exchanges >= card.verdict.max_exchanges
    statement = _statement(card, state, analysis, new_points, push_back)
    if state.finished:
        statement = f"{statement} {FINISHED_NOTE}".strip()
    challenge, question = _question(card, state, follow_up, state.finished)
    return Decision(
        new_points=tuple(new_points),
        corrections=tuple(analysis.misconceptions),
        push_back=push_back,
        injection=bool(analysis.injections),
        follow_up=follow_up,
        challenge=challenge,
        finished=state.finished,
        statement=statement,
        question=question,
    )


class PointVerdict(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    description: str
    required: bool
    covered: bool
    evidence: str | None  # the learner's sentence, verbatim, when covered
    explanation: str | None  # what a strong answer would have said, when missed


class Verdict(BaseModel):
    model_config = ConfigDict(frozen=True)

    lab: str
    passed: bool
    score: float  # covered weight / total weight
    exchanges: int
    points: list[PointVerdict]


def verdict(card: LabCard, state: LabState) -> Verdict:
    """Pass = minimum exchanges reached, every required point covered, and score >= ``verdict.min_score``."""
    total = sum(point.weight for point in card.rubric)
    score = sum(point.weight for point in card.rubric if point.id in state.covered) / total
    points = [
        PointVerdict(
            id=point.id,
            description=point.description,
            required=point.required,
            covered=point.id in state.covered,
            evidence=state.covered.get(point.id),
            explanation=None if point.id in state.covered else point.explanation,
        )
        for point in card.rubric
    ]
    passed = (
        state.exchanges >= card.min_exchanges
        and required_covered(card, state.covered)
        and score >= card.verdict.min_score
    )
    return Verdict(
        lab=card.id, passed=passed, score=round(score, 4), exchanges=state.exchanges, points=points
    )

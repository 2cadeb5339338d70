"""The rubric matcher: which rubric points a learner's turn covers, sentence by sentence.

A turn is split into sentences that are exact substrings of what the learner typed (so the verdict can quote
them verbatim). Each sentence is checked against each rubric point:

1. sentences that try to instruct the partner ("ignore previous instructions…") or that voice a listed
   misconception earn nothing;
2. a sentence matching one of the point's *negations* earns nothing for that point;
3. **keywords are the main signal**: a keyword rule hit covers the point when the sentence is also at least
   loosely similar to the reference phrasings (``similarity.keyword_floor``), else it is *uncertain*;
4. **MiniLM similarity is the second signal**: with no keyword hit, a cosine at or above ``similarity.credit``
   covers the point, and the middle band from ``similarity.follow_up`` is *uncertain*;
5. hedged sentences ("I'm not sure, maybe…") are at best uncertain.

Uncertain points earn a follow-up question from the policy, never credit. Without the embedding model the
matcher runs on keywords alone. The matcher is pure: it never changes a session.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from torchdojo.partners.card import LabCard, Point, compile_rule, normalize

if TYPE_CHECKING:  # torch loads with the encoder, not with the package: `torchdojo --help` stays fast
    import torch

    from torchdojo.partners.embedding import SentenceEncoder

COVERED = "covered"
UNCERTAIN = "uncertain"

SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")
INJECTION = re.compile(
    r"ignore (all |any |the |your )?(previous|prior|above|earlier|preceding|system)"
    r"|disregard (all |any |the |your )?(previous|prior|above|instructions|rules)"
    r"|(mark|count|score|grade|consider) (me|this|it|every|all|each)\b.{0,30}\b(covered|passed|pass|correct|complete)"
    r"|(system|developer) (prompt|message|instructions)|you are now|new instructions|</?\s*learner"
    r"|<\|im_(start|end)\|>|\bas the (judge|grader|evaluator)\b|\bgive me (full |all )?(credit|points|marks)\b",
)
HEDGE = re.compile(
    r"\b(not sure|no idea|don't know|do not know|dunno|i guess|maybe|perhaps|kind of|sort of)\b"
)
PREFERENCE = re.compile(
    r"\b(i prefer|i like|i'd like|i feel|i just feel|it depends|depends on|whatever works|seems (fine|ok|okay|good)"
    r"|looks (fine|ok|okay|good)|probably fine|should be fine|just because|personally|my gut|i'd go with whatever)\b"
)


def split_sentences(text: str) -> list[str]:
    """Sentences of ``text``, each an exact substring of it, whitespace-trimmed, empties dropped."""
    return [piece.strip() for piece in SENTENCE_END.split(text) if piece and piece.strip()]


def is_injection(sentence: str) -> bool:
    """True when the sentence tries to instruct the partner or the judge instead of answering."""
    return INJECTION.search(normalize(sentence)) is not None


def is_vague(sentence: str) -> bool:
    """True for preferences and hedges that state no reason ("I just like it", "it depends")."""
    normalized = normalize(sentence)
    return PREFERENCE.search(normalized) is not None or HEDGE.search(normalized) is not None


@dataclass(frozen=True)
class PointMatch:
    """The best evidence for one point in one turn."""

    point_id: str
    status: str  # COVERED or UNCERTAIN
    sentence: str  # verbatim from the learner's turn
    similarity: float
    keyword: bool


@dataclass(frozen=True)
class TurnAnalysis:
    """Everything the policy needs to know about one learner turn."""

    sentences: list[str]
    matches: dict[str, PointMatch] = field(default_factory=dict)  # point id -> best match
    misconceptions: dict[str, str] = field(default_factory=dict)  # misconception id -> sentence
    injections: list[str] = field(default_factory=list)
    vague: list[str] = field(default_factory=list)

    def ids(self, status: str) -> list[str]:
        return [point_id for point_id, match in self.matches.items() if match.status == status]


def _rank(match: PointMatch) -> tuple:
    return (match.status == COVERED, match.keyword, match.similarity)


class Matcher:
    """Matches turns against one card's rubric; reference phrasings are embedded once, at construction."""

    def __init__(self, card: LabCard, encoder: SentenceEncoder | None | bool = True):
        self.card = card
        if encoder is True:
            from torchdojo.partners.embedding import load_encoder

            encoder = load_encoder()
        self.encoder = encoder or None
        self.references: dict[str, torch.Tensor] = {}
        if self.encoder is not None:
            for point in card.rubric:
                self.references[point.id] = self.encoder.encode(point.reference_phrasings)  # (R, C)

    def _similarities(self, sentences: list[str]) -> dict[str, list[float]]:
        """Per point id, the best cosine of each sentence against that point's reference phrasings."""
        if self.encoder is None or not sentences:
            return {point.id: [0.0] * len(sentences) for point in self.card.rubric}
        vectors = self.encoder.encode(sentences)  # (S, C)
        return {
            point_id: _cosine(vectors, references).max(dim=1).values.tolist()
            for point_id, references in self.references.items()
        }

    def _judge(
        self, point: Point, normalized: str, similarity: float, hedged: bool
    ) -> tuple[str | None, bool]:
        """(status or None, keyword hit) for one sentence against one point."""
        if any(compile_rule(rule).matches(normalized) for rule in point.negations):
            return None, False
        bands = self.card.similarity
        keyword = any(compile_rule(rule).matches(normalized) for rule in point.keywords)
        semantic = self.encoder is not None
        if keyword:
            status = COVERED if not semantic or similarity >= bands.keyword_floor else UNCERTAIN
        elif semantic and similarity >= bands.credit:
            status = COVERED
        elif semantic and similarity >= bands.follow_up:
            status = UNCERTAIN
        else:
            return None, False
        return (UNCERTAIN if hedged else status), keyword

    def _misconception(self, normalized: str) -> str | None:
        for misconception in self.card.misconceptions:
            if any(compile_rule(rule).matches(normalized) for rule in misconception.triggers):
                return misconception.id
        return None

    def analyse(self, text: str) -> TurnAnalysis:
        """Match every sentence of one learner turn against the rubric and the misconceptions."""
        sentences = split_sentences(text)
        analysis = TurnAnalysis(sentences=sentences)
        usable = []
        for sentence in sentences:
            normalized = normalize(sentence)
            misconception = self._misconception(normalized)
            if is_injection(sentence):
                analysis.injections.append(sentence)
            elif misconception is not None:
                analysis.misconceptions.setdefault(misconception, sentence)
            else:
                usable.append(sentence)
        similarities = self._similarities(usable)
        for index, sentence in enumerate(usable):
            self._match_sentence(
                analysis, sentence, {pid: values[index] for pid, values in similarities.items()}
            )
        analysis.vague.extend(s for s in usable if is_vague(s) and not self._earned(analysis, s))
        return analysis

    def _match_sentence(self, analysis: TurnAnalysis, sentence: str, similarity: dict[str, float]) -> None:
        normalized, hedged = normalize(sentence), HEDGE.search(normalize(sentence)) is not None
        for point in self.card.rubric:
            status, keyword = self._judge(point, normalized, similarity[point.id], hedged)
            if status is None:
                continue
            match = PointMatch(point.id, status, sentence, round(similarity[point.id], 4), keyword)
            best = analysis.matches.get(point.id)
            if best is None or _rank(match) > _rank(best):
                analysis.matches[point.id] = match

    @staticmethod
    def _earned(analysis: TurnAnalysis, sentence: str) -> bool:
        return any(m.sentence == sentence and m.status == COVERED for m in analysis.matches.values())


def _cosine(vectors, references):
    from torchdojo.partners.embedding import cosine

    return cosine(vectors, references)

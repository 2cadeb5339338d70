"""A lab session: one learner talking with one lab partner, turn by turn, until the verdict.

This is the API the front doors use::

    card = load_lab(settings.course, "first-model/lab-evaluation")
    session = LabSession(card)                      # offline, deterministic partner
    session = LabSession(card, create_backend(settings))   # or phrased by an OpenAI-compatible server
    session.opening()                               # the persona's first line
    reply = session.reply("Precision is 18/63, about 0.29.")   # -> Reply (text, covered, latency_ms, …)
    for piece in session.stream("Recall is 3 %."):  # the same, streamed piece by piece
        ...
    reply = session.last_reply
    session.finished                                # True once the verdict is due
    session.verdict()                               # -> Verdict (passed, score, points with evidence)
    saved = session.to_json()                       # a JSON-able dict: transcript + state
    session = LabSession.from_json(saved, card)

Grading happens before phrasing: the policy has updated the session's state before a backend sees anything,
and a failing or slow backend silently falls back to the deterministic wording.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass

from torchdojo.errors import PartnerError
from torchdojo.partners.backends import Backend, BackendUnavailable, OfflineBackend
from torchdojo.partners.card import LabCard
from torchdojo.partners.matcher import Matcher
from torchdojo.partners.policy import Decision, LabState, Verdict, decide, verdict

TRANSCRIPT_VERSION = 1


@dataclass(frozen=True)
class Reply:
    """One partner reply and the state it leaves the lab in."""

    text: str
    covered: list[str]  # every point covered so far, in rubric order
    new: list[str]  # points this turn covered
    latency_ms: float
    finished: bool
    phrased_by: str  # backend name, or "offline" after a fallback

    def to_json(self) -> dict:
        return asdict(self)


class LabSession:
    """State, transcript and turn-taking for one run of one lab."""

    def __init__(self, card: LabCard, backend: Backend | None = None, matcher: Matcher | None = None):
        self.card = card
        self.backend = backend or OfflineBackend()
        self.matcher = matcher or Matcher(card)
        self.state = LabState()
        self.transcript: list[dict[str, str]] = []
        self.last_reply: Reply | None = None

    @property
    def finished(self) -> bool:
        return self.state.finished

    def opening(self) -> str:
        """The persona's first line; recorded in the transcript once."""
        if not self.transcript:
            self.transcript.append({"role": "partner", "text": self.card.opening})
        return self.card.opening

    def reply(self, text: str) -> Reply:
        """Answer one learner turn (blocking)."""
        for _ in self.stream(text):
            pass
        assert self.last_reply is not None
        return self.last_reply

    def stream(self, text: str) -> Iterator[str]:
        """Answer one learner turn piece by piece; ``last_reply`` holds the whole Reply afterwards."""
        if self.finished:
            raise PartnerError(
                f"lab {self.card.id!r} is finished — ask for the verdict or start a new session"
            )
        started = time.perf_counter()
        self.opening()
        self.transcript.append({"role": "learner", "text": text})
        decision = decide(self.card, self.state, self.matcher.analyse(text))
        pieces: list[str] = []
        phrased_by = yield from self._phrase(decision, text, pieces)
        if decision.question:
            pieces.append(("\n\n" if pieces else "") + decision.question)
            yield pieces[-1]
        self._record("".join(pieces), decision, phrased_by, started)

    def _phrase(self, decision: Decision, text: str, pieces: list[str]) -> Iterator[str]:
        """Yield the statement from the backend, or the deterministic one when the backend fails."""
        if not decision.statement:
            return self.backend.name
        try:
            for piece in self.backend.phrase(self.card, decision, text):
                pieces.append(piece)
                yield piece
        except BackendUnavailable:
            if not pieces:
                pieces.append(decision.statement)
                yield decision.statement
            return "offline"
        if not "".join(pieces).strip():  # the backend said nothing useful
            pieces[:] = [decision.statement]
            yield decision.statement
            return "offline"
        return self.backend.name

    def _record(self, text: str, decision: Decision, phrased_by: str, started: float) -> None:
        self.transcript.append({"role": "partner", "text": text})
        covered = [point.id for point in self.card.rubric if point.id in self.state.covered]
        self.last_reply = Reply(
            text=text,
            covered=covered,
            new=list(decision.new_points),
            latency_ms=round((time.perf_counter() - started) * 1000, 2),
            finished=decision.finished,
            phrased_by=phrased_by,
        )

    def verdict(self) -> Verdict:
        """The verdict as things stand (a lab stopped early simply fails its missing parts)."""
        return verdict(self.card, self.state)

    def learner_text(self) -> str:
        """Everything the learner said, one turn per line: every evidence sentence is a substring of it."""
        return "\n".join(turn["text"] for turn in self.transcript if turn["role"] == "learner")

    def to_json(self) -> dict:
        return {
            "version": TRANSCRIPT_VERSION,
            "lab": self.card.id,
            "transcript": list(self.transcript),
            "state": asdict(self.state),
        }

    @classmethod
    def from_json(cls, data: dict, card: LabCard, backend: Backend | None = None) -> LabSession:
        """Resume a saved session; ``card`` must be the lab it was saved from."""
        if data.get("lab") != card.id or data.get("version") != TRANSCRIPT_VERSION:
            raise PartnerError(
                f"saved session is for lab {data.get('lab')!r} (version {data.get('version')!r}), "
                f"not {card.id!r} (version {TRANSCRIPT_VERSION}) — load it with the matching card"
            )
        session = cls(card, backend)
        session.transcript = [dict(turn) for turn in data["transcript"]]
        session.state = LabState(**data["state"])
        return session

"""The AI lab partner: offline role-play labs that push back and judge reasoning against a rubric.

Parts, inside out: ``card`` (the lab card schema and loader), ``embedding`` (MiniLM sentence vectors in plain
torch, offline), ``matcher`` (which rubric points a turn covers: keywords first, similarity second),
``policy`` (what the partner says and asks; the verdict), ``backends`` (optional phrasing by an
OpenAI-compatible server; never grading), ``session`` (turn-taking, transcripts) and ``catalog`` (finding
cards in a course). ``bench`` times the offline policy.

Typical use by a front door::

    from torchdojo.partners import LabSession, create_backend, list_labs, load_lab

    card = load_lab(settings.course, "first-model/lab-training-loop")
    session = LabSession(card, create_backend(settings))
    print(session.opening())
    reply = session.reply("backward runs before zero_grad, so the gradients get wiped before step")
    print(reply.text, reply.covered, reply.finished)
    print(session.verdict().model_dump())

This package never imports a front door (``torchdojo.cli``, ``torchdojo.web``).
"""

from torchdojo.partners.backends import BACKENDS, BackendUnavailable, create_backend, register_backend
from torchdojo.partners.card import LabCard, load_card, parse_card
from torchdojo.partners.catalog import lab_paths, list_labs, load_lab
from torchdojo.partners.policy import Verdict
from torchdojo.partners.session import LabSession, Reply

__all__ = [
    "BACKENDS",
    "BackendUnavailable",
    "LabCard",
    "LabSession",
    "Reply",
    "Verdict",
    "create_backend",
    "lab_paths",
    "list_labs",
    "load_card",
    "load_lab",
    "parse_card",
    "register_backend",
]

"""Lab pages: the lab card (persona, scenario, task, opening line) and the conversation with the partner.

The card and the conversation come from ``torchdojo.partners`` (``load_lab`` and ``LabSession``) when it is
installed; without it the page shows the card read from its YAML file and says the partner is missing. Each
learner turn, partner reply (with the session state needed to resume) and verdict is an appended row,
stored before the page is answered; a cookie names the learner's current session of each lab.
"""

from __future__ import annotations

import json
import secrets
from collections.abc import Iterator
from typing import Any

import yaml
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse, StreamingResponse
from starlette.routing import Route

from torchdojo.errors import ContentError
from torchdojo.web.site import Site, lab_url, site_of

SESSION_COOKIE = "torchdojo_lab_session"


def _field(card: Any, name: str, default: Any = "") -> Any:
    return card.get(name, default) if isinstance(card, dict) else getattr(card, name, default)


def _lab_id(request: Request) -> str:
    return f"{request.path_params['module']}/{request.path_params['lab']}"


def read_card(site: Site, lab_id: str) -> Any:
    """The lab card: validated by the partner package when installed, else the raw YAML mapping."""
    path = site.course.path / "labs" / f"{lab_id}.yaml"
    if ".." in lab_id.split("/") or not path.is_file():
        raise ContentError(f"there is no lab {lab_id!r} (expected labs/{lab_id}.yaml)")
    if site.partner is not None:
        return site.partner.load_lab(site.course.path, lab_id)
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}


def card_view(card: Any) -> dict[str, Any]:
    persona = _field(card, "persona", {}) or {}
    return {
        "title": _field(card, "title", ""),
        "persona_name": _field(persona, "name", "Your lab partner"),
        "persona_role": _field(persona, "role", ""),
        "scenario": _field(card, "scenario", ""),
        "task": _field(card, "task", ""),
        "opening": _field(card, "opening", ""),
        "minimum_exchanges": _field(card, "min_exchanges", 0),
    }


def _session_key(request: Request, lab_id: str) -> str:
    return request.cookies.get(f"{SESSION_COOKIE}_{lab_id.replace('/', '_')}") or secrets.token_hex(8)


def _with_cookie(response, lab_id: str, session: str):
    response.set_cookie(
        f"{SESSION_COOKIE}_{lab_id.replace('/', '_')}", session, httponly=True, samesite="lax"
    )
    return response


def _backend(site: Site) -> Any:
    if "lab_backend" not in site.services:
        site.services["lab_backend"] = site.partner.create_backend(site.settings)
    return site.services["lab_backend"]


def _resume(site: Site, card: Any, rows: list) -> Any:
    """The partner's LabSession as of the last stored reply, or a fresh one."""
    saved = next((row.data for row in reversed(rows) if row.role == "partner" and row.data), None)
    if saved and "session" in saved:
        return site.partner.LabSession.from_json(saved["session"], card, _backend(site))
    return site.partner.LabSession(card, _backend(site))


async def lab_page(request: Request):
    site = site_of(request)
    lab_id = _lab_id(request)
    card = read_card(site, lab_id)
    session = _session_key(request, lab_id)
    rows = site.store.lab_transcript(site.learner, lab_id, session)
    verdict = next((row.data for row in rows if row.role == "verdict"), None)
    turns = [row for row in rows if row.role != "verdict"]
    response = site.render(
        request,
        "lab.html",
        lab_id=lab_id,
        card=card_view(card),
        transcript=turns,
        verdict=verdict,
        exchanges=sum(1 for row in turns if row.role == "learner"),
        can_talk=site.partner is not None and verdict is None,
    )
    return _with_cookie(response, lab_id, session)


def _converse(site: Site, card: Any, lab_id: str, session: str, message: str) -> None:
    """One exchange without streaming (the no-JavaScript form): the streamed exchange, read to the end."""
    for _line in _stream_exchange(site, card, lab_id, session, message):
        pass


async def lab_turn(request: Request):
    site = site_of(request)
    lab_id = _lab_id(request)
    card = read_card(site, lab_id)
    session = _session_key(request, lab_id)
    message = str((await request.form()).get("message") or "").strip()
    if message and site.partner is not None:
        await run_in_threadpool(_converse, site, card, lab_id, session, message)
    return _with_cookie(RedirectResponse(f"{lab_url(lab_id)}#latest", status_code=303), lab_id, session)


def _stream_exchange(site: Site, card: Any, lab_id: str, session: str, message: str) -> Iterator[str]:
    """The same exchange as ``_converse``, streamed as NDJSON: ``{"piece": …}`` lines while the partner
    speaks, then one ``{"done": true, …}`` line sent only after every row of the exchange is committed."""
    rows = site.store.lab_transcript(site.learner, lab_id, session)
    if any(row.role == "verdict" for row in rows):
        yield json.dumps({"done": True, "finished": True, "exchanges": None}) + "\n"
        return
    lab = _resume(site, card, rows)
    for piece in lab.stream(message):
        yield json.dumps({"piece": piece}) + "\n"
    reply = lab.last_reply
    site.store.record_lab_turn(site.learner, lab_id, session, "learner", message)
    site.store.record_lab_turn(
        site.learner,
        lab_id,
        session,
        "partner",
        reply.text,
        {"session": lab.to_json(), "reply": reply.to_json()},
    )
    if reply.finished:
        verdict = lab.verdict().model_dump()
        summary = f"{'passed' if verdict['passed'] else 'not passed'} · score {verdict['score']:.0%}"
        site.store.record_lab_turn(site.learner, lab_id, session, "verdict", summary, verdict)
    exchanges = sum(1 for row in rows if row.role == "learner") + 1
    yield (
        json.dumps(
            {"done": True, "finished": reply.finished, "exchanges": exchanges, "covered": reply.covered}
        )
        + "\n"
    )


async def lab_stream(request: Request):
    """POST a learner turn and read the partner's reply as it is produced (used by torchdojo.js)."""
    site = site_of(request)
    lab_id = _lab_id(request)
    card = read_card(site, lab_id)
    session = _session_key(request, lab_id)
    message = str((await request.form()).get("message") or "").strip()
    if not message or site.partner is None:
        body = (
            json.dumps({"done": True, "finished": False, "exchanges": None, "error": "empty message"}) + "\n"
        )
        return _with_cookie(
            StreamingResponse(iter([body]), media_type="application/x-ndjson"), lab_id, session
        )
    stream = _stream_exchange(site, card, lab_id, session, message)
    return _with_cookie(StreamingResponse(stream, media_type="application/x-ndjson"), lab_id, session)


async def new_session(request: Request):
    lab_id = _lab_id(request)
    return _with_cookie(RedirectResponse(lab_url(lab_id), status_code=303), lab_id, secrets.token_hex(8))


routes = [
    Route("/labs/{module}/{lab}", lab_page, name="lab"),
    Route("/labs/{module}/{lab}", lab_turn, methods=["POST"], name="lab_turn"),
    Route("/labs/{module}/{lab}/new", new_session, methods=["POST"], name="lab_new"),
    Route("/labs/{module}/{lab}/stream", lab_stream, methods=["POST"], name="lab_stream"),
]

"""The app factory: ``create_app(settings)`` wires content, store, grader and partner into a Starlette app.

Nothing happens at import time. Tests pass their own ``grade`` (a fake grader) or ``store``; by default the
grader is the process's shared ``Grader`` for the settings and the store opens ``settings.database``. Engine
errors become pages here, in one place: unknown things are 404s, everything else a 500 that says what to fix.
"""

from __future__ import annotations

import importlib
import logging
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import PlainTextResponse
from starlette.routing import Mount
from starlette.staticfiles import StaticFiles

from torchdojo.content.loader import read_course
from torchdojo.errors import ContentError, GradingError, TorchdojoError
from torchdojo.settings import Settings
from torchdojo.storage import ProgressStore, open_store
from torchdojo.web import course_map, exercise, lab, lesson, module_page, module_test, progress, quiz
from torchdojo.web.site import Grader, Site, site_of

STATIC = Path(__file__).resolve().parent / "static"
PAGES = (course_map, module_page, lesson, quiz, exercise, module_test, lab, progress)
log = logging.getLogger("torchdojo.web")


def default_grader(settings: Settings) -> Grader:
    """The process's grader for these settings; a missing grader is reported as a GradingError. What a
    learner typed is always source code: never a path to read on the server (``torchdojo.grade`` would read a
    one-line ``something.py`` that exists — the reference solution's file, say)."""

    def grade(exercise_id: str, source: str) -> Any:
        try:
            from torchdojo.grader.service import default_grader as shared_grader

            return shared_grader(settings).grade(exercise_id, source)
        except ModuleNotFoundError as error:
            if error.name and error.name.startswith("torchdojo.grader"):
                raise GradingError(
                    "the grader is not installed in this build — submissions cannot be graded yet"
                ) from None
            raise

    return grade


def soft_partner() -> Any:
    try:
        return importlib.import_module("torchdojo.partners")
    except ImportError:
        return None


async def _content_missing(request: Request, error: Exception):
    return site_of(request).render(
        request, "error.html", status_code=404, title="Not found", message=str(error)
    )


async def _engine_failed(request: Request, error: Exception):
    log.error("request %s failed: %s", request.url.path, error)
    return site_of(request).render(
        request, "error.html", status_code=500, title="Something went wrong", message=str(error)
    )


async def _http_error(request: Request, error: HTTPException):
    if error.status_code == 404:
        return site_of(request).render(
            request,
            "error.html",
            status_code=404,
            title="Not found",
            message=f"There is no page at {request.url.path}.",
        )
    return PlainTextResponse(str(error.detail), status_code=error.status_code)


def create_app(
    settings: Settings,
    *,
    grade: Grader | None = None,
    store: ProgressStore | None = None,
    partner: Any = "auto",
) -> Starlette:
    loaded = read_course(settings.course)
    if loaded.course is None:
        raise ContentError("\n".join(str(issue) for issue in loaded.issues))
    for issue in loaded.issues:
        log.warning("course issue: %s", issue)
    site = Site(
        settings=settings,
        course=loaded.course,
        store=store or open_store(settings.database),
        grade=grade or default_grader(settings),
        partner=soft_partner() if partner == "auto" else partner,
        issues=loaded.issues,
    )
    routes = [route for page in PAGES for route in page.routes]
    routes.append(Mount("/static", app=StaticFiles(directory=str(STATIC)), name="static"))
    handlers = {ContentError: _content_missing, TorchdojoError: _engine_failed, HTTPException: _http_error}
    app = Starlette(routes=routes, exception_handlers=handlers)
    app.state.site = site
    return app

"""Lesson pages (cached rendered body per process) and the figures their code draws."""

from __future__ import annotations

import hashlib
import json
import logging
import threading
from pathlib import Path

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from torchdojo.content.runner import RunFailed, executable_blocks, run_lesson
from torchdojo.content.schema import Lesson, Module
from torchdojo.web.module_page import strip_steps
from torchdojo.web.render import lesson_html
from torchdojo.web.site import Site, figure_url, site_of

_FIGURE_LOCK = threading.Lock()
log = logging.getLogger("torchdojo.web")


async def lesson_page(request: Request):
    site = site_of(request)
    module, lesson = site.lesson(request.path_params["module"], request.path_params["lesson"])
    site.record_visit_once(module.id, lesson.id)
    return site.render_cached(
        ("lesson", module.id, lesson.id), "lesson.html", lambda: _lesson_context(module, lesson)
    )


def _lesson_context(module: Module, lesson: Lesson) -> dict:
    index = module.lessons.index(lesson)
    return {
        "module": module,
        "lesson": lesson,
        "body": lesson_html(lesson, lambda name: figure_url(module.id, lesson.id, name)),
        "steps": strip_steps(module, None),
        "following": module.lessons[index + 1] if index + 1 < len(module.lessons) else None,
    }


def _figure_cache(site: Site, lesson: Lesson) -> Path:
    sources = [block.source for block in executable_blocks(lesson)]
    digest = hashlib.sha256(json.dumps(sources).encode()).hexdigest()[:24]
    return site.settings.home / "cache" / "figures" / f"{digest}.json"


def lesson_figures(site: Site, lesson: Lesson) -> dict[str, str]:
    """Run the lesson's code once (cached on disk by the code's hash) and return figure name → SVG."""
    path = _figure_cache(site, lesson)
    with _FIGURE_LOCK:
        if not path.is_file():
            runs = run_lesson(lesson, lesson.path.name)
            figures = {run.block.name: run.svg for run in runs if run.block.kind == "figure" and run.svg}
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(json.dumps(figures))
    return json.loads(path.read_text())


def warm_figures(site: Site) -> None:
    """Run every lesson that draws figures once, so the first learner to open it does not wait."""
    for module in site.course.modules.values():
        for lesson in module.lessons:
            if any(block.kind == "figure" for block in lesson.blocks):
                try:
                    lesson_figures(site, lesson)
                except RunFailed as error:
                    log.warning("figures of %s/%s failed: %s", module.id, lesson.id, error)


def warm_figures_in_background(site: Site) -> threading.Thread:
    thread = threading.Thread(target=warm_figures, args=(site,), name="torchdojo-figures", daemon=True)
    thread.start()
    return thread


async def figure(request: Request):
    site = site_of(request)
    _, lesson = site.lesson(request.path_params["module"], request.path_params["lesson"])
    try:
        figures = await run_in_threadpool(lesson_figures, site, lesson)
    except RunFailed as error:
        return Response(f"figure code failed: {error}", status_code=500, media_type="text/plain")
    svg = figures.get(request.path_params["name"])
    if svg is None:
        return Response("no such figure", status_code=404, media_type="text/plain")
    return Response(svg, media_type="image/svg+xml", headers={"Cache-Control": "max-age=3600"})


routes = [
    Route("/modules/{module}/lessons/{lesson}", lesson_page, name="lesson"),
    Route("/modules/{module}/lessons/{lesson}/figures/{name}.svg", figure, name="figure"),
]

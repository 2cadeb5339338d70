"""The progress dashboard: per module, lessons completed, quiz scores, exercises passed and test results."""

from __future__ import annotations

from starlette.requests import Request
from starlette.routing import Route

from torchdojo.web.completion import Snapshot
from torchdojo.web.site import site_of


async def dashboard(request: Request):
    site = site_of(request)
    snapshot = Snapshot.read(site.store, site.learner)
    history = site.store.test_outcomes(site.learner)
    return site.render(
        request,
        "progress.html",
        snapshot=snapshot,
        modules=list(site.course.modules.values()),
        history=history,
        done=snapshot.course_done(site.course),
    )


routes = [Route("/progress", dashboard, name="progress")]

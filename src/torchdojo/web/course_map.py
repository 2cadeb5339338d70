"""The course map: phases → modules → lessons, each with the learner's completion."""

from __future__ import annotations

from starlette.requests import Request
from starlette.routing import Route

from torchdojo.web.completion import Snapshot
from torchdojo.web.site import site_of


async def course_map(request: Request):
    site = site_of(request)
    snapshot = Snapshot.read(site.store, site.learner)
    phases = [
        (phase, [site.course.modules[m] for m in phase.modules if m in site.course.modules])
        for phase in site.course.meta.phases
    ]
    return site.render(request, "course_map.html", phases=phases, snapshot=snapshot, issues=site.issues)


routes = [Route("/", course_map, name="course_map")]

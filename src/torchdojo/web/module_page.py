"""The module page: the "L1 · Quiz · Lab · L2 · … Module Test" strip and a card per lesson."""

from __future__ import annotations

from starlette.requests import Request
from starlette.routing import Route

from torchdojo.content.schema import Module
from torchdojo.web.completion import Snapshot
from torchdojo.web.site import lab_url, lesson_url, quiz_url, site_of, test_url


def strip_steps(module: Module, snapshot: Snapshot | None) -> list[dict]:
    """The steps of a module in order, each with a label, a link and whether it is done (None: unknown)."""
    if snapshot is None:
        snapshot = Snapshot(set(), {}, set(), set(), {})
    steps = []
    for lesson in module.lessons:
        steps.append(
            {
                "label": f"L{lesson.number}",
                "title": lesson.title,
                "url": lesson_url(module.id, lesson.id),
                "done": (module.id, lesson.id) in snapshot.visited,
            }
        )
        if lesson.questions:
            done = snapshot.quiz_answered(lesson) == len(lesson.questions)
            steps.append(
                {
                    "label": "Quiz",
                    "title": f"Quiz — lesson {lesson.number}",
                    "url": quiz_url(module.id, lesson.id),
                    "done": done,
                }
            )
        if lesson.meta.lab and (module.path.parents[1] / "labs" / f"{lesson.meta.lab}.yaml").is_file():
            steps.append(
                {
                    "label": "Lab",
                    "title": f"Lab — lesson {lesson.number}",
                    "url": lab_url(lesson.meta.lab),
                    "done": lesson.meta.lab in snapshot.labs_done,
                }
            )
    if module.meta.test and module.bank:
        steps.append(
            {
                "label": "Module Test",
                "title": "Module test",
                "url": test_url(module.id),
                "done": snapshot.test_passed(module),
            }
        )
    return steps


async def module_page(request: Request):
    site = site_of(request)
    module = site.module(request.path_params["module"])
    snapshot = Snapshot.read(site.store, site.learner)
    return site.render(
        request, "module.html", module=module, steps=strip_steps(module, snapshot), snapshot=snapshot
    )


routes = [Route("/modules/{module}", module_page, name="module")]

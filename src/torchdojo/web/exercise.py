"""Exercise pages: prompt, code editor, graded feedback inline, tiered hints and the solution once earned.

Grading goes through the ``grade`` callable the app was built with (the shared ``Grader`` by default), off the
event loop; the verdict is stored before the response is sent. The solution shows after a pass or after
``settings.solution_after_attempts`` attempts.
"""

from __future__ import annotations

from typing import Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import RedirectResponse
from starlette.routing import Route

from torchdojo.content.exercises import ExerciseView, read_exercise
from torchdojo.errors import ContentError, TorchdojoError
from torchdojo.web.site import Site, exercise_url, site_of, wants_fragment

MAX_SOURCE = 200_000  # characters; a submission larger than this is refused before grading


def grade_to_dict(site: Site, exercise_id: str, source: str) -> dict[str, Any]:
    """Grade and return the plain-data result; a grader that cannot run becomes an 'error' verdict."""
    try:
        result = site.grade(exercise_id, source)
    except TorchdojoError as error:
        return {
            "exercise": exercise_id,
            "status": "error",
            "feedback": str(error),
            "checks": [],
            "stdout": "",
            "duration_ms": 0.0,
        }
    return result.to_dict() if hasattr(result, "to_dict") else dict(result)


def without_title(prompt: str) -> str:
    """The prompt minus a leading '# Title' line: the page shows the title itself."""
    lines = prompt.lstrip("\n").splitlines()
    return "\n".join(lines[1:]) if lines and lines[0].startswith("# ") else prompt


def _exercise_id(request: Request) -> str:
    return f"{request.path_params['group']}/{request.path_params['name']}"


def _state(site: Site, exercise: ExerciseView, hints_shown: int) -> dict[str, Any]:
    history = site.store.submissions(site.learner, exercise.id)
    latest = history[0] if history else None
    passed = any(row.status == "passed" for row in history)
    attempts = len(history)
    return {
        "exercise": exercise,
        "prompt": without_title(exercise.prompt),
        "latest": latest.result if latest else None,
        "source": latest.source if latest else exercise.starter,
        "attempts": attempts,
        "passed": passed,
        "show_solution": passed or attempts >= site.settings.solution_after_attempts,
        "attempts_left": max(0, site.settings.solution_after_attempts - attempts),
        "hints_shown": max(0, min(hints_shown, len(exercise.hints))),
    }


def _lessons_using(site: Site, exercise_id: str) -> list[tuple[str, Any]]:
    return [
        (module.id, lesson)
        for module in site.course.modules.values()
        for lesson in module.lessons
        if exercise_id in lesson.meta.exercises
    ]


async def exercise_page(request: Request):
    site = site_of(request)
    exercise = read_exercise(site.course.path, _exercise_id(request))
    hints = request.query_params.get("hints", "0")
    state = _state(site, exercise, int(hints) if hints.isdigit() else 0)
    return site.render(request, "exercise.html", lessons=_lessons_using(site, exercise.id), **state)


async def submit(request: Request):
    site = site_of(request)
    exercise = read_exercise(site.course.path, _exercise_id(request))
    form = await request.form()
    source = str(form.get("source") or "")
    if len(source) > MAX_SOURCE:
        raise ContentError(f"the submission has {len(source)} characters — the limit is {MAX_SOURCE}")
    result = await run_in_threadpool(grade_to_dict, site, exercise.id, source)
    site.store.record_submission(site.learner, exercise.id, source, result)
    if wants_fragment(request):
        return site.render(request, "_verdict.html", **_state(site, exercise, 0))
    return RedirectResponse(f"{exercise_url(exercise.id)}#result", status_code=303)


routes = [
    Route("/exercises/{group}/{name}", exercise_page, name="exercise"),
    Route("/exercises/{group}/{name}", submit, methods=["POST"], name="exercise_submit"),
]

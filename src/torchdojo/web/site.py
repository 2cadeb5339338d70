"""What every page handler shares: the loaded course, the progress store, templates, caches and backends.

One ``Site`` is built by ``create_app`` and stored on ``app.state.site``; handlers reach it with
``site_of(request)``. URLs are built here, in one place, so templates and handlers agree on them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from starlette.requests import Request
from starlette.responses import HTMLResponse
from starlette.templating import Jinja2Templates

from torchdojo.content.issues import Issue
from torchdojo.content.schema import Course, Lesson, Module
from torchdojo.errors import ContentError
from torchdojo.settings import Settings
from torchdojo.storage import ProgressStore
from torchdojo.web.pictures import loss_curve_svg
from torchdojo.web.render import HtmlCache, code_html, inline_html, markdown_html

TEMPLATES = Path(__file__).resolve().parent / "templates"
FRAGMENT_HEADER = "x-torchdojo-fragment"

Grader = Callable[[str, str], Any]  # (exercise_id, source) -> object with .to_dict()


def module_url(module: str) -> str:
    return f"/modules/{module}"


def lesson_url(module: str, lesson: str) -> str:
    return f"/modules/{module}/lessons/{lesson}"


def quiz_url(module: str, lesson: str) -> str:
    return f"{lesson_url(module, lesson)}/quiz"


def figure_url(module: str, lesson: str, name: str) -> str:
    return f"{lesson_url(module, lesson)}/figures/{name}.svg"


def test_url(module: str) -> str:
    return f"/modules/{module}/test"


def exercise_url(exercise_id: str) -> str:
    return f"/exercises/{exercise_id}"


def lab_url(lab_id: str) -> str:
    return f"/labs/{lab_id}"


URLS = {
    "module_url": module_url,
    "lesson_url": lesson_url,
    "quiz_url": quiz_url,
    "test_url": test_url,
    "exercise_url": exercise_url,
    "lab_url": lab_url,
}


@dataclass
class Site:
    settings: Settings
    course: Course
    store: ProgressStore
    grade: Grader
    partner: Any = None  # torchdojo.partners, when installed
    issues: list[Issue] = field(default_factory=list)
    cache: HtmlCache = field(default_factory=HtmlCache)
    templates: Jinja2Templates = field(default_factory=lambda: _templates())
    services: dict[str, Any] = field(default_factory=dict)  # lazily built backends (e.g. the lab partner's)
    _visits: set[tuple[int, str, str]] = field(default_factory=set)

    def record_visit_once(self, module_id: str, lesson_id: str) -> None:
        """Store the first visit of a lesson per process; later reads of the page write nothing."""
        key = (self.learner, module_id, lesson_id)
        if key not in self._visits:
            self.store.record_visit(*key)
            self._visits.add(key)

    @property
    def learner(self) -> int:
        return self.store.local_learner

    def module(self, module_id: str) -> Module:
        module = self.course.module(module_id)
        if module is None:
            raise ContentError(f"there is no module {module_id!r} in this course")
        return module

    def lesson(self, module_id: str, lesson_id: str) -> tuple[Module, Lesson]:
        module = self.module(module_id)
        lesson = module.lesson(lesson_id)
        if lesson is None:
            raise ContentError(f"module {module_id!r} has no lesson {lesson_id!r}")
        return module, lesson

    def has_exercise(self, exercise_id: str) -> bool:
        return (self.course.path / "exercises" / exercise_id / "exercise.yaml").is_file()

    def has_lab(self, lab_id: str) -> bool:
        return (self.course.path / "labs" / f"{lab_id}.yaml").is_file()

    def render(self, request: Request, template: str, status_code: int = 200, **context: Any):
        context.setdefault("course", self.course)
        context.setdefault("site", self)
        return self.templates.TemplateResponse(request, template, context, status_code=status_code)

    def render_cached(self, key: tuple, template: str, context: Callable[[], dict[str, Any]]) -> HTMLResponse:
        """A page that depends only on ``key``: rendered once per process (``context`` is called only
        then), and served from memory afterwards."""

        def build() -> str:
            return self.templates.get_template(template).render(course=self.course, site=self, **context())

        return HTMLResponse(self.cache.get(key, build))


def _templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(TEMPLATES))
    templates.env.globals.update(URLS)
    templates.env.filters.update(
        md=markdown_html, md_inline=inline_html, code=code_html, loss_curve=loss_curve_svg
    )
    return templates


def site_of(request: Request) -> Site:
    return request.app.state.site


def wants_fragment(request: Request) -> bool:
    return request.headers.get(FRAGMENT_HEADER) == "1"

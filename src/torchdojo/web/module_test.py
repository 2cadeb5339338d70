"""The module test: questions drawn from the bank, feedback deferred to the end, a score against the
pass threshold, and a review of every miss with each option's feedback.

Starting a test stores the draw; submitting stores the answers and score once (a second submit of the same
attempt changes nothing). Both are plain form POSTs followed by a redirect.
"""

from __future__ import annotations

import random

from starlette.requests import Request
from starlette.responses import RedirectResponse
from starlette.routing import Route

from torchdojo.content.schema import Module
from torchdojo.errors import ContentError
from torchdojo.web.quiz import chosen_options
from torchdojo.web.site import Site, site_of, test_url

_RANDOM = random.SystemRandom()


def _module_with_test(site: Site, module_id: str) -> Module:
    module = site.module(module_id)
    if module.meta.test is None or not module.bank:
        raise ContentError(f"module {module_id!r} has no module test")
    return module


async def test_intro(request: Request):
    site = site_of(request)
    module = _module_with_test(site, request.path_params["module"])
    history = site.store.test_outcomes(site.learner, module.id)
    return site.render(
        request,
        "module_test.html",
        module=module,
        test=module.meta.test,
        history=history,
        draw=min(module.meta.test.draw, len(module.bank)),
    )


async def start(request: Request):
    site = site_of(request)
    module = _module_with_test(site, request.path_params["module"])
    drawn = _RANDOM.sample(module.bank, min(module.meta.test.draw, len(module.bank)))
    attempt = site.store.record_test_attempt(site.learner, module.id, [q.id for q in drawn])
    return RedirectResponse(f"{test_url(module.id)}/{attempt}", status_code=303)


def _attempt(site: Site, request: Request):
    module = _module_with_test(site, request.path_params["module"])
    outcome = site.store.test_outcome(site.learner, request.path_params["attempt"])
    if outcome is None or outcome.module != module.id:
        raise ContentError(f"there is no attempt {request.path_params['attempt']} of the {module.id!r} test")
    questions = [q for q in (module.bank_question(qid) for qid in outcome.questions) if q is not None]
    return module, outcome, questions


async def attempt_page(request: Request):
    site = site_of(request)
    module, outcome, questions = _attempt(site, request)
    if outcome.answers is None:
        return site.render(
            request, "module_test_attempt.html", module=module, outcome=outcome, questions=questions
        )
    misses = [q for q in questions if not q.is_correct(set(outcome.answers.get(q.id, [])))]
    return site.render(
        request,
        "module_test_result.html",
        module=module,
        outcome=outcome,
        questions=questions,
        misses=misses,
        test=module.meta.test,
    )


async def submit(request: Request):
    site = site_of(request)
    module, outcome, questions = _attempt(site, request)
    if outcome.answers is None:
        form = await request.form()
        answers = {q.id: sorted(chosen_options(form.getlist(f"answer-{q.id}"), q)) for q in questions}
        score = sum(q.is_correct(set(answers[q.id])) for q in questions)
        passed = score * 100 >= module.meta.test.pass_percent * len(questions)
        site.store.record_test_result(outcome.attempt_id, answers, score, len(questions), passed)
    return RedirectResponse(f"{test_url(module.id)}/{outcome.attempt_id}", status_code=303)


routes = [
    Route("/modules/{module}/test", test_intro, name="module_test"),
    Route("/modules/{module}/test", start, methods=["POST"], name="module_test_start"),
    Route("/modules/{module}/test/{attempt:int}", attempt_page, name="module_test_attempt"),
    Route("/modules/{module}/test/{attempt:int}", submit, methods=["POST"], name="module_test_submit"),
]

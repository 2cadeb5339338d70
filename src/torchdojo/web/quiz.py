"""Lesson quizzes: answer one question at a time with immediate per-option feedback, then a review.

A plain form POST records the answer and redirects back to the question (works without JavaScript); with the
fragment header the same POST answers with just the re-rendered question, which ``torchdojo.js`` swaps in.
"""

from __future__ import annotations

from starlette.requests import Request
from starlette.responses import RedirectResponse
from starlette.routing import Route

from torchdojo.content.schema import Question
from torchdojo.errors import ContentError
from torchdojo.web.site import quiz_url, site_of, wants_fragment


def chosen_options(values: list[str], question: Question) -> set[int]:
    """Option indexes from form values, ignoring anything that is not an option of this question."""
    chosen = set()
    for value in values:
        if value.isdigit() and int(value) < len(question.options):
            chosen.add(int(value))
    return chosen if question.kind == "multi" else set(sorted(chosen)[:1])


async def quiz_page(request: Request):
    site = site_of(request)
    module, lesson = site.lesson(request.path_params["module"], request.path_params["lesson"])
    answers = site.store.quiz_answers(site.learner, module.id, lesson.id)
    finished = len(answers) == len(lesson.questions)
    key = ("quiz", module.id, lesson.id, tuple(sorted(answers.items())))  # one page per answer state

    def context() -> dict:
        return {"module": module, "lesson": lesson, "answers": answers, "finished": finished}

    return site.render_cached(key, "quiz.html", context)


async def answer(request: Request):
    site = site_of(request)
    module, lesson = site.lesson(request.path_params["module"], request.path_params["lesson"])
    question = lesson.question(request.path_params["question"])
    if question is None:
        raise ContentError(
            f"the quiz of lesson {lesson.id!r} has no question {request.path_params['question']!r}"
        )
    form = await request.form()
    chosen = chosen_options(form.getlist("option"), question)
    if chosen:
        site.store.record_quiz_answer(
            site.learner, module.id, lesson.id, question.id, chosen, question.is_correct(chosen)
        )
    answers = site.store.quiz_answers(site.learner, module.id, lesson.id)
    if wants_fragment(request):
        number = lesson.questions.index(question) + 1
        finished = len(answers) == len(lesson.questions)
        return site.render(
            request,
            "_question.html",
            module=module,
            lesson=lesson,
            question=question,
            number=number,
            answer=answers.get(question.id),
            empty=not chosen,
            finished=finished,
        )
    return RedirectResponse(f"{quiz_url(module.id, lesson.id)}#question-{question.id}", status_code=303)


async def review(request: Request):
    site = site_of(request)
    module, lesson = site.lesson(request.path_params["module"], request.path_params["lesson"])
    answers = site.store.quiz_answers(site.learner, module.id, lesson.id)
    score = sum(answer.correct for answer in answers.values())
    return site.render(
        request, "quiz_review.html", module=module, lesson=lesson, answers=answers, score=score
    )


routes = [
    Route("/modules/{module}/lessons/{lesson}/quiz", quiz_page, name="quiz"),
    Route("/modules/{module}/lessons/{lesson}/quiz/review", review, name="quiz_review"),
    Route("/modules/{module}/lessons/{lesson}/quiz/{question}", answer, methods=["POST"], name="quiz_answer"),
]

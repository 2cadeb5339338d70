"""Where the learner stands: lesson, module and course completion derived from the progress store.

A lesson is complete when every quiz question has been answered and every exercise on it has passed (a
lesson with neither is complete once visited). A module is complete when all its lessons are and its module
test has been passed.
"""

from __future__ import annotations

from dataclasses import dataclass

from torchdojo.content.schema import Course, Lesson, Module
from torchdojo.storage import ProgressStore


@dataclass(frozen=True)
class Snapshot:
    """Everything the progress pages need, read in a handful of queries."""

    visited: set[tuple[str, str]]
    answered: dict[tuple[str, str], set[str]]
    passed_exercises: set[str]
    labs_done: set[str]
    best_tests: dict[str, tuple[int, int, bool]]  # module → (score, total, passed) of the best attempt

    @classmethod
    def read(cls, store: ProgressStore, learner: int) -> Snapshot:
        best: dict[str, tuple[int, int, bool]] = {}
        for outcome in store.test_outcomes(learner):
            current = best.get(outcome.module)
            candidate = (outcome.score, outcome.total, outcome.passed)
            if current is None or (candidate[2], candidate[0]) > (current[2], current[0]):
                best[outcome.module] = candidate
        return cls(
            visited=store.visited_lessons(learner),
            answered=store.answered_questions(learner),
            passed_exercises=store.passed_exercises(learner),
            labs_done=store.labs_done(learner),
            best_tests=best,
        )

    def quiz_answered(self, lesson: Lesson) -> int:
        answered = self.answered.get((lesson.module, lesson.id), set())
        return len(answered & {q.id for q in lesson.questions})

    def exercises_passed(self, lesson: Lesson) -> int:
        return len(self.passed_exercises & set(lesson.meta.exercises))

    def lesson_complete(self, lesson: Lesson) -> bool:
        if not lesson.questions and not lesson.meta.exercises:
            return (lesson.module, lesson.id) in self.visited
        return self.quiz_answered(lesson) == len(lesson.questions) and self.exercises_passed(lesson) == len(
            lesson.meta.exercises
        )

    def test_passed(self, module: Module) -> bool:
        return self.best_tests.get(module.id, (0, 0, False))[2]

    def module_done(self, module: Module) -> tuple[int, int]:
        """(steps done, steps in all): each lesson, plus the module test when there is one."""
        done = sum(self.lesson_complete(lesson) for lesson in module.lessons)
        total = len(module.lessons)
        if module.meta.test and module.bank:
            done += self.test_passed(module)
            total += 1
        return done, total

    def course_done(self, course: Course) -> tuple[int, int]:
        pairs = [self.module_done(module) for module in course.modules.values()]
        return sum(p[0] for p in pairs), sum(p[1] for p in pairs)

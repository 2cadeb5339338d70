"""The pydantic schema of a course: course.yaml, module.yaml, lesson front matter, quizzes and blocks.

File models (``CourseFile``, ``ModuleFile``, ``LessonMeta``, ``QuizFile``) mirror what an author writes and
forbid unknown keys, so a typo is an error with a line number. The assembled models (``Course``, ``Module``,
``Lesson``) are what the web app and CLI read. See docs/content-format.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

IDENTIFIER = r"^[a-z0-9][a-z0-9-]*$"


class Strict(BaseModel):
    """Authored files: unknown keys are errors, values are immutable once loaded."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class Phase(Strict):
    id: str = Field(pattern=IDENTIFIER)
    title: str
    weeks: str = ""
    modules: list[str] = Field(default_factory=list)


class CourseFile(Strict):
    id: str = Field(pattern=IDENTIFIER)
    title: str
    phases: list[Phase] = Field(min_length=1)


class ModuleTest(Strict):
    bank: str = "test-bank.yaml"
    draw: int = Field(gt=0)
    pass_percent: int = Field(gt=0, le=100)


class ModuleFile(Strict):
    id: str = Field(pattern=IDENTIFIER)
    title: str
    summary: str = ""
    lessons: list[str] = Field(min_length=1)
    test: ModuleTest | None = None


class LessonMeta(Strict):
    id: str = Field(pattern=IDENTIFIER)
    title: str
    subtitle: str = ""
    question: str = ""
    concepts: list[str] = Field(default_factory=list)
    domain: str = ""
    quiz: str | None = None
    lab: str | None = None
    exercises: list[str] = Field(default_factory=list)


class Option(Strict):
    text: str
    correct: bool
    feedback: str = Field(min_length=1)


class Question(Strict):
    id: str = Field(pattern=IDENTIFIER)
    prompt: str
    kind: Literal["single", "multi"] = "single"
    concepts: list[str] = Field(min_length=1)
    domain: str = Field(min_length=1)
    options: list[Option] = Field(min_length=3, max_length=5)

    @property
    def correct_indexes(self) -> frozenset[int]:
        return frozenset(index for index, option in enumerate(self.options) if option.correct)

    def is_correct(self, chosen: frozenset[int] | set[int]) -> bool:
        return frozenset(chosen) == self.correct_indexes


class QuizFile(Strict):
    questions: list[Question] = Field(min_length=1)


# ---- blocks: what a lesson body is made of -------------------------------------------------------


class Block(BaseModel):
    """One piece of a lesson body; ``line`` is where it starts in the .md file."""

    model_config = ConfigDict(frozen=True)
    kind: str
    line: int = 0


class ProseBlock(Block):
    kind: Literal["prose"] = "prose"
    markdown: str


class ConceptBlock(Block):
    kind: Literal["concept"] = "concept"
    term: str
    definition: str


class CalloutBlock(Block):
    kind: Literal["takeaway", "mistake"]
    markdown: str


class CodeBlock(Block):
    kind: Literal["code"] = "code"
    language: str = "python"
    source: str
    run: bool = False
    output: str | None = None  # the recorded stdout from the ``output`` block after it

    @field_validator("language")
    @classmethod
    def _lower(cls, value: str) -> str:
        return value.lower()


class FigureBlock(Block):
    kind: Literal["figure"] = "figure"
    name: str = Field(pattern=IDENTIFIER)
    caption: str
    source: str


AnyBlock = ProseBlock | ConceptBlock | CalloutBlock | CodeBlock | FigureBlock


# ---- the assembled course ---------------------------------------------------------------------------


class Lesson(BaseModel):
    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)
    module: str
    number: int  # 1-based position in the module
    meta: LessonMeta
    blocks: list[AnyBlock]
    questions: list[Question] = Field(default_factory=list)
    path: Path

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def title(self) -> str:
        return self.meta.title

    def question(self, question_id: str) -> Question | None:
        return next((q for q in self.questions if q.id == question_id), None)


class Module(BaseModel):
    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)
    meta: ModuleFile
    lessons: list[Lesson]
    bank: list[Question] = Field(default_factory=list)
    path: Path

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def title(self) -> str:
        return self.meta.title

    def lesson(self, lesson_id: str) -> Lesson | None:
        return next((lesson for lesson in self.lessons if lesson.id == lesson_id), None)

    def bank_question(self, question_id: str) -> Question | None:
        return next((q for q in self.bank if q.id == question_id), None)


class Course(BaseModel):
    model_config = ConfigDict(frozen=True, arbitrary_types_allowed=True)
    meta: CourseFile
    modules: dict[str, Module]
    path: Path

    @property
    def id(self) -> str:
        return self.meta.id

    @property
    def title(self) -> str:
        return self.meta.title

    def module(self, module_id: str) -> Module | None:
        return self.modules.get(module_id)

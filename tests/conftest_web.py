"""Shared fixtures for the content, storage, web and browser tests (a pytest plugin: ``pytest_plugins``).

``mini_course`` writes a small but complete course (two lessons, quizzes, a lab card, an exercise, a 20-question
bank) into a temporary folder, so these tests do not depend on the bundled course being finished.
``fake_grade`` passes a submission when it returns ``x + 1``. ``live_server`` runs a real uvicorn server in a
subprocess on a free port with a temporary home and the fake grader.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest
import yaml

LESSON_ONE = """\
---
id: tensors
title: "Tensors, the only data structure"
subtitle: "Everything is an array with a shape."
question: "What is a tensor, really?"
concepts: [tensors, shapes]
domain: ptca-fundamentals
quiz: tensors
lab: first-steps/lab-tensors
exercises: [basics/add-one]
---

Priya opens a notebook and types her **first** tensor.

```concept Tensor
An n-dimensional array that can live on a GPU and track gradients.
```

```takeaway
Print `.shape` after every line while you learn.
```

```mistake
Mixing up rows and columns; check shapes instead of guessing.
```

```python run
numbers = [1, 2, 3]
print(sum(numbers))
```

```output
6
```

```python
model.to("cuda")  # shown, not run
```

```python figure bars "Three bars, one per number"
bars = "".join(f'<rect x="{10 + 30 * i}" y="{60 - 10 * n}" width="20" height="{10 * n}"/>' for i, n in enumerate(numbers))
svg = f'<svg xmlns="http://www.w3.org/2000/svg" width="120" height="70">{bars}</svg>'
```

That is the whole idea.
"""

LESSON_TWO = """\
---
id: training
title: "The training loop"
quiz: training
concepts: [training-loop]
domain: ptca-training
---

Zero the gradients, run forward, compute the loss, call backward, step.
"""


CHECK = """\
from torchdojo.grader.spec import Case, Check

CHECK = Check(entry="add_one", cases=[Case("two", {"x": 2}), Case("ten", {"x": 10})])
"""


def question(identifier: str, prompt: str, right: str = "Right answer", kind: str = "single") -> dict:
    options = [{"text": right, "correct": True, "feedback": f"Yes: {right} is right because it is."}]
    options += [
        {"text": f"Wrong answer {n}", "correct": False, "feedback": f"No: wrong answer {n} misses the point."}
        for n in (1, 2)
    ]
    return {
        "id": identifier,
        "prompt": prompt,
        "kind": kind,
        "concepts": ["tensors"],
        "domain": "ptca-fundamentals",
        "options": options,
    }


def quiz(prefix: str) -> dict:
    return {"questions": [question(f"{prefix}-{n}", f"Question {n} about {prefix}?") for n in range(1, 6)]}


def write_mini_course(root: Path) -> Path:
    """Write a complete, valid course into ``root`` and return it."""
    module = root / "modules" / "first-steps"
    for folder in (
        module / "lessons",
        module / "quizzes",
        root / "labs" / "first-steps",
        root / "exercises" / "basics" / "add-one",
    ):
        folder.mkdir(parents=True, exist_ok=True)
    course = {
        "id": "mini",
        "title": "A mini course",
        "phases": [
            {
                "id": "foundations",
                "title": "Phase 1 · Foundations",
                "weeks": "1–2",
                "modules": ["first-steps"],
            },
            {"id": "later", "title": "Phase 2 · Later", "modules": []},
        ],
    }
    (root / "course.yaml").write_text(yaml.safe_dump(course, sort_keys=False, allow_unicode=True))
    meta = {
        "id": "first-steps",
        "title": "First steps",
        "summary": "Tensors and the loop.",
        "lessons": ["tensors", "training"],
        "test": {"bank": "test-bank.yaml", "draw": 5, "pass_percent": 80},
    }
    (module / "module.yaml").write_text(yaml.safe_dump(meta, sort_keys=False))
    (module / "lessons" / "01-tensors.md").write_text(LESSON_ONE)
    (module / "lessons" / "02-training.md").write_text(LESSON_TWO)
    (module / "quizzes" / "tensors.yaml").write_text(yaml.safe_dump(quiz("tensors"), sort_keys=False))
    (module / "quizzes" / "training.yaml").write_text(yaml.safe_dump(quiz("training"), sort_keys=False))
    bank = {"questions": [question(f"bank-{n}", f"Bank question {n}?") for n in range(1, 21)]}
    (module / "test-bank.yaml").write_text(yaml.safe_dump(bank, sort_keys=False))
    lab = {
        "id": "first-steps/lab-tensors",
        "title": "Tensor troubleshooter",
        "persona": {"name": "Sam", "role": "a patient senior engineer", "tone": "direct"},
        "scenario": "Your tensors have the wrong shape.",
        "task": "Explain which dimension is wrong and why.",
        "opening": "Tell me what shape you expected and what you got.",
        "min_exchanges": 3,
        "rubric": [
            {
                "id": "batch-first",
                "description": "The batch dimension comes first",
                "acknowledgement": "the batch dimension comes first",
                "reference_phrasings": [
                    "the batch is dimension zero",
                    "batch comes first",
                    "rows are samples",
                ],
                "keywords": ["batch + first|zero"],
                "challenge": "Which dimension holds the batch?",
                "explanation": "PyTorch layers expect (batch, features): the batch is dimension 0.",
            }
        ],
    }
    (root / "labs" / "first-steps" / "lab-tensors.yaml").write_text(yaml.safe_dump(lab, sort_keys=False))
    exercise = root / "exercises" / "basics" / "add-one"
    (exercise / "exercise.yaml").write_text(
        yaml.safe_dump(
            {
                "title": "Add one",
                "concepts": ["tensors"],
                "domain": "ptca-fundamentals",
                "difficulty": 1,
                "hints": ["Use the + operator.", "Return x + 1."],
            }
        )
    )
    (exercise / "prompt.md").write_text("Write `add_one(x)` that returns `x + 1`.\n")
    (exercise / "starter.py").write_text("def add_one(x):\n    pass\n")
    (exercise / "solution.py").write_text("def add_one(x):\n    return x + 1\n")
    (exercise / "check.py").write_text(CHECK)
    return root


@dataclass(frozen=True)
class FakeCheck:
    name: str
    status: str
    message: str = ""

    def to_dict(self) -> dict:
        return {"name": self.name, "status": self.status, "message": self.message}


@dataclass(frozen=True)
class FakeResult:
    """Stands in for torchdojo.grader.result.GradeResult: the interface the web app relies on."""

    exercise: str
    status: str
    feedback: str
    checks: tuple = field(default_factory=tuple)
    stdout: str = ""
    duration_ms: float = 1.0

    def to_dict(self) -> dict:
        return {
            "exercise": self.exercise,
            "status": self.status,
            "feedback": self.feedback,
            "checks": [c.to_dict() for c in self.checks],
            "stdout": self.stdout,
            "duration_ms": self.duration_ms,
        }


def fake_grade(exercise_id: str, source: str) -> FakeResult:
    if "return x + 1" in source:
        return FakeResult(
            exercise_id, "passed", "All checks passed.", (FakeCheck("add_one(2) == 3", "passed"),)
        )
    if "pass" in source.split():
        return FakeResult(exercise_id, "not_attempted", "The starter code is unchanged.")
    return FakeResult(
        exercise_id,
        "failed",
        "add_one(2) returned the wrong value: expected one more than the input.",
        (FakeCheck("add_one(2) == 3", "failed", "returned 2 — did you forget to add 1?"),),
    )


@pytest.fixture
def mini_course(tmp_path: Path) -> Path:
    return write_mini_course(tmp_path / "course")


@pytest.fixture
def web_settings(tmp_path: Path, mini_course: Path):
    from torchdojo.settings import load_settings

    return load_settings({"home": tmp_path / "home", "course": mini_course}, environ={})


@pytest.fixture
def client(web_settings):
    from starlette.testclient import TestClient

    from torchdojo.web.app import create_app

    app = create_app(web_settings, grade=fake_grade, partner=None)
    with TestClient(app) as test_client:
        yield test_client
    app.state.site.store.close()


SERVER_SCRIPT = """\
import sys
sys.path.insert(0, {tests!r})
import uvicorn
from conftest_web import fake_grade
from torchdojo.settings import load_settings
from torchdojo.web.app import create_app

settings = load_settings({{"home": {home!r}, "course": {course!r}}}, environ={{}})
grade = None if {real_grader!r} else fake_grade  # None: the real torchdojo.grade
uvicorn.run(create_app(settings, grade=grade, partner=None), host="127.0.0.1", port={port}, log_level="warning")
"""


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LiveServer:
    """A real uvicorn server process; ``start``/``stop``/``kill`` let tests restart or crash it."""

    def __init__(self, course: Path, home: Path, script: Path, real_grader: bool = False):
        self.course, self.home, self.script = course, home, script
        self.real_grader = real_grader
        self.port = free_port()
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def database(self) -> Path:
        return self.home / "progress.db"

    def start(self, script_text: str = SERVER_SCRIPT) -> LiveServer:
        text = script_text.format(
            tests=str(Path(__file__).parent),
            home=str(self.home),
            course=str(self.course),
            port=self.port,
            real_grader=self.real_grader,
        )
        self.script.write_text(text)
        environment = {k: v for k, v in os.environ.items() if not k.startswith("TORCHDOJO_")}
        self.process = subprocess.Popen(
            [sys.executable, str(self.script)],
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited: {self.process.stderr.read().decode()[-2000:]}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return self
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("server did not start within 60 s")

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=15)
        self._close()

    def kill(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=15)
        self._close()

    def _close(self) -> None:
        if self.process and self.process.stderr:
            self.process.stderr.close()


@pytest.fixture
def live_server(tmp_path: Path, mini_course: Path):
    server = LiveServer(mini_course, tmp_path / "home", tmp_path / "serve.py").start()
    yield server
    server.kill()

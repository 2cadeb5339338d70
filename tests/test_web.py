"""Tests for torchdojo.web through an in-process client: every page answers, quizzes, exercises, module
tests, labs and `serve --get`. Browser-level behaviour is in test_browser.py."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from torchdojo.cli import cli
from torchdojo.web.app import create_app
from torchdojo.web.site import FRAGMENT_HEADER

pytest_plugins = ["conftest_web"]

QUIZ = "/modules/first-steps/lessons/tensors/quiz"
EXERCISE = "/exercises/basics/add-one"
TEST = "/modules/first-steps/test"


def crawl(client, start: str = "/", attributes: str = "href|src") -> dict[str, int]:
    """GET every same-site link reachable from ``start``; return path → status."""
    seen: dict[str, int] = {}
    queue = [start]
    while queue:
        path = queue.pop()
        if path in seen:
            continue
        response = client.get(path)
        seen[path] = response.status_code
        if "text/html" in response.headers.get("content-type", ""):
            for link in re.findall(rf'(?:{attributes})="(/[^"#]*)', response.text):
                queue.append(link.replace("&amp;", "&"))
    return seen


def answer(client, question: str, *options: int, fragment: bool = False):
    headers = {FRAGMENT_HEADER: "1"} if fragment else {}
    return client.post(
        f"{QUIZ}/{question}",
        data={"option": [str(o) for o in options]},
        headers=headers,
        follow_redirects=False,
    )


def right_options(page: str, attempt_questions: list[str], right: bool) -> dict[str, str]:
    """Form data answering a drawn mini-course test: option 0 is always the correct one there."""
    return {f"answer-{q}": "0" if right else "1" for q in attempt_questions}


def start_test(client) -> tuple[str, list[str]]:
    response = client.post(TEST, follow_redirects=False)
    assert response.status_code == 303
    url = response.headers["location"]
    page = client.get(url).text
    return url, sorted(set(re.findall(r'name="answer-([\w-]+)"', page)))


def test_every_page_answers_200(client):
    answer(client, "tensors-1", 0)
    client.post(EXERCISE, data={"source": "def add_one(x):\n    return x\n"})
    url, questions = start_test(client)
    client.post(url, data=right_options("", questions, right=False))
    statuses = crawl(client)
    assert len(statuses) >= 15
    bad = {path: status for path, status in statuses.items() if status != 200}
    assert not bad, bad
    assert f"{QUIZ}/review" in statuses and url in statuses


def test_course_map_shows_phases_modules_and_lessons(client):
    page = client.get("/").text
    assert "Phase 1 · Foundations" in page and "Phase 2 · Later" in page
    assert "First steps" in page and "Tensors, the only data structure" in page
    assert "0 of 3 steps" in page


def test_module_page_has_the_strip(client):
    page = client.get("/modules/first-steps").text
    labels = re.findall(r'title="[^"]*">([^<]+)<', page.split('class="module-strip"')[1].split("</nav>")[0])
    assert labels == ["L1", "Quiz", "Lab", "L2", "Quiz", "Module Test"]


def test_lesson_renders_blocks_and_highlights_code(client):
    page = client.get("/modules/first-steps/lessons/tensors").text
    assert '<aside class="concept"' in page and "<dt>Tensor</dt>" in page
    assert "Practical takeaway" in page and "What your peers get wrong" in page
    assert 'class="highlight"' in page and '<span class="nb">print</span>' in page
    assert '<pre class="output"><code>6\n</code></pre>' in page
    assert (
        '<img src="/modules/first-steps/lessons/tensors/figures/bars.svg" alt="Three bars, one per number"'
        in page
    )


def test_figure_is_generated_and_cached(client, web_settings):
    response = client.get("/modules/first-steps/lessons/tensors/figures/bars.svg")
    assert response.status_code == 200 and response.headers["content-type"].startswith("image/svg+xml")
    assert response.text.startswith("<svg") and response.text.count("<rect") == 3
    assert list((web_settings.home / "cache" / "figures").glob("*.json"))
    assert client.get("/modules/first-steps/lessons/tensors/figures/nope.svg").status_code == 404


def test_quiz_answer_without_javascript_redirects_and_shows_feedback(client):
    response = answer(client, "tensors-2", 1)
    assert response.status_code == 303
    assert response.headers["location"] == f"{QUIZ}#question-tensors-2"
    page = client.get(QUIZ).text
    section = page.split('id="question-tensors-2"')[1].split("</section>")[0]
    assert "Not quite." in section
    assert "No: wrong answer 1 misses the point." in section  # the chosen option's feedback
    assert "Yes: Right answer is right because it is." in section  # and the right one's


def test_quiz_answer_with_fragment_header_returns_the_question_only(client):
    response = answer(client, "tensors-1", 0, fragment=True)
    assert response.status_code == 200
    assert response.text.lstrip().startswith("<section") and "<html" not in response.text
    assert "Right!" in response.text


def test_quiz_review_lists_every_option_feedback(client):
    for number in range(1, 6):
        answer(client, f"tensors-{number}", 0 if number != 3 else 2)
    page = client.get(f"{QUIZ}/review").text
    assert "You got 4 of 5 right." in page
    assert page.count('class="feedback"') == 15


def test_quiz_ignores_options_that_do_not_exist(client):
    assert answer(client, "tensors-1", 9).status_code == 303
    assert "Check answer" in client.get(QUIZ).text.split('id="question-tensors-1"')[1].split("</section>")[0]


def test_unknown_pages_are_friendly_404s(client):
    for path in (
        "/modules/nope",
        "/modules/first-steps/lessons/nope",
        "/exercises/a/b",
        "/labs/a/b",
        "/nothing",
    ):
        response = client.get(path)
        assert response.status_code == 404, path
        assert "Back to the course map" in response.text


def test_exercise_wrong_then_right(client):
    page = client.get(EXERCISE).text
    assert "def add_one(x):\n    pass" in page and "Show hint 1 of 2" in page
    wrong = client.post(
        EXERCISE, data={"source": "def add_one(x):\n    return x\n"}, headers={FRAGMENT_HEADER: "1"}
    )
    assert 'class="status">failed' in wrong.text and "did you forget to add 1?" in wrong.text
    assert "Reference solution" not in wrong.text
    right = client.post(
        EXERCISE, data={"source": "def add_one(x):\n    return x + 1\n"}, follow_redirects=False
    )
    assert right.status_code == 303
    page = client.get(EXERCISE).text
    assert 'class="status">passed' in page and "Reference solution" in page


def test_solution_unlocks_after_the_configured_attempts(client, web_settings):
    for _ in range(web_settings.solution_after_attempts - 1):
        client.post(EXERCISE, data={"source": "def add_one(x):\n    return 0\n"})
    assert "Reference solution" not in client.get(EXERCISE).text
    client.post(EXERCISE, data={"source": "def add_one(x):\n    return 0\n"})
    assert "Reference solution" in client.get(EXERCISE).text


def test_hints_are_tiered(client):
    assert "Use the + operator." not in client.get(EXERCISE).text
    one = client.get(f"{EXERCISE}?hints=1").text
    assert "Use the + operator." in one and "Return x + 1." not in one and "Show hint 2 of 2" in one
    assert "Return x + 1." in client.get(f"{EXERCISE}?hints=2").text


def test_a_missing_grader_is_an_error_verdict(web_settings):
    from starlette.testclient import TestClient

    from torchdojo.errors import GradingError

    def broken(exercise_id, source):
        raise GradingError("the grader is not installed in this build")

    app = create_app(web_settings, grade=broken, partner=None)
    with TestClient(app) as client:
        page = client.post(EXERCISE, data={"source": "x"}).text
    app.state.site.store.close()
    assert 'class="status">error' in page and "the grader is not installed" in page


def test_the_verdict_draws_the_learners_model_and_loss_curve(web_settings):
    from starlette.testclient import TestClient

    from torchdojo.grader.result import GradeResult, Verdict

    rows = [{"name": "0", "type": "Linear", "shape": [5, 16], "parameters": 144, "failed": False}]
    extras = {
        "model_diagram": {
            "case": "batch of 5",
            "yours": rows
            + [{"name": "2", "type": "Linear", "shape": None, "parameters": 27, "failed": True}],
            "reference": rows,
        },
        "loss_curve": {"case": "three batches", "yours": [0.9, 0.5, 0.7], "reference": [0.9, 0.6, 0.4]},
    }

    def grade(exercise_id, source):
        return GradeResult(exercise_id, Verdict.FAILED, "Not yet.", extras=extras)

    app = create_app(web_settings, grade=grade, partner=None)
    with TestClient(app) as client:
        page = client.post(EXERCISE, data={"source": "x = 1"}).text
    app.state.site.store.close()
    assert "Your model, layer by layer" in page and "fails here" in page and "(5, 16)" in page
    assert '<svg class="loss-curve"' in page and page.count("<polyline") == 2


@pytest.mark.parametrize("right, verdict", [(True, "Passed"), (False, "Not passed")])
def test_module_test_pass_and_fail(client, right, verdict):
    intro = client.get(TEST).text
    assert "5 questions drawn from a bank of 20" in intro
    url, questions = start_test(client)
    attempt = client.get(url).text
    assert len(questions) == 5 and "Yes:" not in attempt and "No:" not in attempt  # feedback is deferred
    result = client.post(url, data=right_options(attempt, questions, right)).text
    assert f"— {verdict}." in result
    if right:
        assert "Every answer was right." in result
    else:
        assert "Review your misses" in result and result.count('class="feedback"') == 15
    assert ("Module test: best 5/5 — passed" if right else "best 0/5 — not passed yet") in client.get(
        "/progress"
    ).text


def test_module_test_submission_is_recorded_once(client):
    url, questions = start_test(client)
    client.post(url, data=right_options("", questions, right=True))
    again = client.post(url, data=right_options("", questions, right=False)).text
    assert "— Passed." in again


def test_lab_page_shows_the_card(client):
    page = client.get("/labs/first-steps/lab-tensors").text
    assert "Sam" in page and "Your tensors have the wrong shape." in page
    assert "Tell me what shape you expected and what you got." in page
    assert "Explain which dimension is wrong and why." in page


def test_lab_conversation_is_stored(web_settings):
    from starlette.testclient import TestClient

    import torchdojo.partners as partners

    app = create_app(web_settings, grade=None, partner=partners)
    store = app.state.site.store
    with TestClient(app) as client:
        client.get("/labs/first-steps/lab-tensors")
        response = client.post(
            "/labs/first-steps/lab-tensors", data={"message": "The batch comes first, dimension zero."}
        )
        assert response.status_code == 200
        assert "The batch comes first, dimension zero." in response.text
    rows = [
        row
        for row in store.lab_transcript(
            store.local_learner, "first-steps/lab-tensors", next(iter(client.cookies.values()))
        )
    ]
    store.close()
    assert [row.role for row in rows] == ["learner", "partner"]
    assert rows[1].data["session"]["lab"] == "first-steps/lab-tensors"


def test_lab_reply_streams_and_is_stored_before_the_last_line(web_settings):
    import json

    from starlette.testclient import TestClient

    import torchdojo.partners as partners

    app = create_app(web_settings, grade=None, partner=partners)
    store = app.state.site.store
    with TestClient(app) as client:
        page = client.get("/labs/first-steps/lab-tensors").text
        assert 'id="exchange-count">0<' in page and "/labs/first-steps/lab-tensors/stream" in page
        with client.stream(
            "POST", "/labs/first-steps/lab-tensors/stream", data={"message": "The batch comes first."}
        ) as response:
            assert response.headers["content-type"].startswith("application/x-ndjson")
            lines = [json.loads(line) for line in response.iter_lines() if line.strip()]
        session = next(iter(client.cookies.values()))
        page = client.get("/labs/first-steps/lab-tensors").text
    rows = store.lab_transcript(store.local_learner, "first-steps/lab-tensors", session)
    store.close()
    pieces = [line["piece"] for line in lines if "piece" in line]
    assert pieces and lines[-1]["done"] is True and lines[-1]["exchanges"] == 1
    assert [row.role for row in rows] == ["learner", "partner"]
    assert rows[1].text == "".join(pieces)  # what streamed is exactly what was stored
    assert 'id="exchange-count">1<' in page


def test_progress_page_counts_completion(client):
    for number in range(1, 6):
        answer(client, f"tensors-{number}", 0)
    client.post(EXERCISE, data={"source": "return x + 1"})
    page = client.get("/progress").text
    assert "5/5" in page and "1/1" in page and "1 of 3 steps complete" in page


def test_static_assets_are_served_from_the_package(client):
    for name in ("torchdojo.css", "torchdojo.js", "pygments.css"):
        assert client.get(f"/static/{name}").status_code == 200
    page = client.get("/").text
    assert "http://" not in page.replace("http://www.w3.org", "") and "https://" not in page


def test_serve_get_prints_one_page(mini_course, tmp_path):
    result = CliRunner().invoke(
        cli, ["serve", "--home", str(tmp_path / "home"), "--course", str(mini_course), "--get", "/"]
    )
    assert result.exit_code == 0, result.output
    assert "<h1>A mini course</h1>" in result.output
    missing = CliRunner().invoke(
        cli, ["serve", "--home", str(tmp_path / "home"), "--course", str(mini_course), "--get", "/nope"]
    )
    assert missing.exit_code == 1


def test_creating_the_app_has_no_side_effects_until_called(tmp_path):
    import importlib

    import torchdojo.web.app as module

    importlib.reload(module)
    assert not list(Path(tmp_path).iterdir())


def test_the_bundled_course_crawls_without_errors(tmp_path):
    """Whatever state the bundled course is in, every page linked from the map answers 200."""
    from conftest_web import fake_grade
    from starlette.testclient import TestClient

    from torchdojo.settings import BUNDLED_COURSE, load_settings

    settings = load_settings({"home": tmp_path / "home", "course": BUNDLED_COURSE}, environ={})
    app = create_app(settings, grade=fake_grade)
    with TestClient(app) as client:
        statuses = crawl(
            client, attributes="href"
        )  # figures run the lessons' torch code: validate covers them
    app.state.site.store.close()
    bad = {path: status for path, status in statuses.items() if status != 200}
    assert not bad, bad


def test_figures_can_be_drawn_ahead_of_time(web_settings):
    from torchdojo.web.lesson import warm_figures

    app = create_app(web_settings, grade=None, partner=None)
    warm_figures(app.state.site)
    app.state.site.store.close()
    assert len(list((web_settings.home / "cache" / "figures").glob("*.json"))) == 1


def test_learner_text_is_escaped(client):
    attack = "</textarea><script>alert(1)</script>"
    client.post(EXERCISE, data={"source": attack})
    page = client.get(EXERCISE).text
    assert "<script>alert(1)</script>" not in page
    assert "&lt;/textarea&gt;&lt;script&gt;" in page


def test_what_a_learner_types_is_graded_as_source_never_read_as_a_path(web_settings, monkeypatch, tmp_path):
    from torchdojo.web.app import default_grader

    solution = tmp_path / "solution.py"
    solution.write_text("def add_one(x):\n    return x + 1\n")
    seen = []

    class Recording:
        def grade(self, exercise_id, source):
            seen.append(source)

    monkeypatch.setattr("torchdojo.grader.service.default_grader", lambda settings=None: Recording())
    default_grader(web_settings)("basics/add-one", str(solution))
    assert seen == [str(solution)]  # the path itself (a syntax error), not the file's contents

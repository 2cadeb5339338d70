"""Browser tests: real Chromium (Playwright) against a real uvicorn server started on a free port with a
temporary home. They cover the quiz, exercise and module-test flows, restarts, and a server killed mid-write.

Needs the ``playwright`` package and Debian's ``chromium`` at /usr/bin/chromium (never ``playwright install``).
"""

from __future__ import annotations

import http.client
import re
import sqlite3
import threading
import time
import urllib.parse
from pathlib import Path

import pytest

pytest_plugins = ["conftest_web"]

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
QUIZ = "/modules/first-steps/lessons/tensors/quiz"
EXERCISE = "/exercises/basics/add-one"
TEST = "/modules/first-steps/test"

from playwright import sync_api  # noqa: E402 - a dev dependency: the browser tests never skip

assert CHROMIUM.exists(), (
    "the browser tests need Debian's chromium at /usr/bin/chromium (apt-get install chromium)"
)


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context()
    opened = context.new_page()
    opened.set_default_timeout(20_000)
    yield opened
    context.close()


def test_quiz_feedback_appears_in_place(page, live_server):
    page.goto(live_server.url + QUIZ)
    question = page.locator("#question-tensors-1")
    question.get_by_label("Wrong answer 1").check()
    question.get_by_role("button", name="Check answer").click()
    question = page.locator("#question-tensors-1")
    sync_api.expect(question.get_by_role("status")).to_have_text("Not quite.")
    sync_api.expect(question).to_contain_text("No: wrong answer 1 misses the point.")
    sync_api.expect(question).to_contain_text("Yes: Right answer is right because it is.")
    assert page.url.endswith(QUIZ)  # swapped in place: no navigation


def test_quiz_works_without_javascript(browser, live_server):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + QUIZ)
    page.locator("#question-tensors-2").get_by_label("Right answer").check()
    page.locator("#question-tensors-2").get_by_role("button", name="Check answer").click()
    page.wait_for_url(re.compile(r"#question-tensors-2$"))
    sync_api.expect(page.locator("#question-tensors-2").get_by_role("status")).to_have_text("Right!")
    context.close()


def test_quiz_review_after_the_last_answer(page, live_server):
    page.goto(live_server.url + QUIZ)
    for number in range(1, 6):
        question = page.locator(f"#question-tensors-{number}")
        question.get_by_label("Right answer").check()
        question.get_by_role("button", name="Check answer").click()
        sync_api.expect(page.locator(f"#question-tensors-{number}").get_by_role("status")).to_have_text(
            "Right!"
        )
    page.get_by_role("link", name="Review the whole quiz").first.click()
    sync_api.expect(page.locator(".score")).to_have_text("You got 5 of 5 right.")


def test_exercise_wrong_then_right(page, live_server):
    page.goto(live_server.url + EXERCISE)
    editor = page.locator("textarea#source")
    editor.fill("def add_one(x):\n    return x")
    page.get_by_role("button", name="Submit for grading").click()
    sync_api.expect(page.locator("#result .status")).to_have_text("failed")
    sync_api.expect(page.locator("#result")).to_contain_text("did you forget to add 1?")
    editor.fill("def add_one(x):\n")
    editor.press("End")
    editor.press("Tab")  # the editor indents instead of moving focus
    editor.type("return x + 1")
    assert editor.input_value() == "def add_one(x):\n    return x + 1"
    editor.press("Control+Enter")
    sync_api.expect(page.locator("#result .status")).to_have_text("passed")
    sync_api.expect(page.locator("#result")).to_contain_text("Reference solution")


def _take_test(page, server, right: bool) -> None:
    page.goto(server.url + TEST)
    page.get_by_role("button", name="Start a new attempt").click()
    page.wait_for_url(re.compile(r"/test/\d+$"))
    assert page.locator(".feedback").count() == 0  # deferred feedback
    for fieldset in page.locator("fieldset.question").all():
        fieldset.get_by_label("Right answer" if right else "Wrong answer 1").check()
    page.get_by_role("button", name="Submit the test").click()


def test_module_test_pass_then_fail(page, live_server):
    _take_test(page, live_server, right=True)
    sync_api.expect(page.locator(".score")).to_contain_text("Score: 5/5 (100%) — Passed.")
    _take_test(page, live_server, right=False)
    sync_api.expect(page.locator(".score")).to_contain_text("Score: 0/5 (0%) — Not passed.")
    sync_api.expect(page.get_by_role("heading", name="Review your misses")).to_be_visible()
    assert page.locator(".review-question").count() == 5


def test_progress_survives_a_restart(page, live_server):
    page.goto(live_server.url + QUIZ)
    page.locator("#question-tensors-3").get_by_label("Right answer").check()
    page.locator("#question-tensors-3").get_by_role("button", name="Check answer").click()
    sync_api.expect(page.locator("#question-tensors-3").get_by_role("status")).to_have_text("Right!")
    live_server.stop()
    live_server.start()
    page.goto(live_server.url + "/progress")
    sync_api.expect(page.locator("tbody tr").first).to_contain_text("1/5")
    page.goto(live_server.url + QUIZ)
    sync_api.expect(page.locator("#question-tensors-3").get_by_role("status")).to_have_text("Right!")


def test_keyboard_can_reach_and_answer_a_question(page, live_server):
    page.goto(live_server.url + QUIZ)
    page.keyboard.press("Tab")
    sync_api.expect(page.locator(":focus")).to_have_text("Skip to content")
    page.locator("#q-tensors-4-0").focus()
    page.keyboard.press("Space")
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    sync_api.expect(page.locator("#question-tensors-4").get_by_role("status")).to_have_text("Right!")


def _post(connection: http.client.HTTPConnection, path: str, fields: dict[str, str]) -> int:
    body = urllib.parse.urlencode(fields)
    headers = {"Content-Type": "application/x-www-form-urlencoded", "X-Torchdojo-Fragment": "1"}
    connection.request("POST", path, body=body, headers=headers)
    response = connection.getresponse()
    response.read()
    return response.status


def _hammer(server, worker: int, acknowledged: list, stop: threading.Event) -> None:
    """Post quiz answers and exercise submissions until the server dies; remember every 2xx."""
    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    count = 0
    while not stop.is_set():
        count += 1
        source = f"# worker {worker} submission {count}\nreturn x + 1\n"
        try:
            if 200 <= _post(connection, f"{QUIZ}/tensors-{1 + count % 5}", {"option": "0"}) < 300:
                acknowledged.append(("quiz", None))
            if 200 <= _post(connection, EXERCISE, {"source": source}) < 300:
                acknowledged.append(("submission", source))
        except (OSError, http.client.HTTPException):
            break
    connection.close()


def test_sigkill_loses_no_acknowledged_answer(live_server):
    acknowledged: list = []
    stop = threading.Event()
    workers = [threading.Thread(target=_hammer, args=(live_server, n, acknowledged, stop)) for n in range(6)]
    for worker in workers:
        worker.start()
    deadline = time.monotonic() + 30
    while len(acknowledged) < 60 and time.monotonic() < deadline:
        time.sleep(0.05)
    live_server.kill()  # SIGKILL mid-traffic
    stop.set()
    for worker in workers:
        worker.join(timeout=30)
    with sqlite3.connect(live_server.database) as connection:
        quiz_rows = connection.execute("SELECT count(*) FROM quiz_answers").fetchone()[0]
        sources = {row[0] for row in connection.execute("SELECT source FROM submissions")}
    quiz_acknowledged = sum(1 for kind, _ in acknowledged if kind == "quiz")
    submitted = [source for kind, source in acknowledged if kind == "submission"]
    assert quiz_acknowledged >= 30 and quiz_rows >= quiz_acknowledged
    missing = [source for source in submitted if source not in sources]
    assert not missing, f"{len(missing)} acknowledged submissions were lost"


def test_real_grader_on_a_first_model_exercise(page, tmp_path):
    """The bundled course's count-parameters exercise through the real grader: wrong, then right."""
    from conftest_web import LiveServer

    from torchdojo.settings import BUNDLED_COURSE

    folder = BUNDLED_COURSE / "exercises" / "first-model" / "count-parameters"
    server = LiveServer(BUNDLED_COURSE, tmp_path / "home", tmp_path / "serve.py", real_grader=True).start()
    try:
        page.set_default_timeout(90_000)  # the first grading starts the sandbox pool
        page.goto(server.url + "/exercises/first-model/count-parameters")
        editor = page.locator("textarea#source")
        editor.fill("def count_parameters(model):\n    return len(list(model.parameters()))\n")
        page.get_by_role("button", name="Submit for grading").click()
        sync_api.expect(page.locator("#result .status")).to_have_text("failed", timeout=90_000)
        editor.fill((folder / "solution.py").read_text())
        page.get_by_role("button", name="Submit for grading").click()
        sync_api.expect(page.locator("#result .status")).to_have_text("passed", timeout=90_000)
    finally:
        server.kill()


def test_focus_moves_to_the_verdict_after_an_answer(page, live_server):
    page.goto(live_server.url + QUIZ)
    page.locator("#q-tensors-5-0").check()
    page.locator("#question-tensors-5").get_by_role("button", name="Check answer").click()
    sync_api.expect(page.locator(":focus")).to_have_text("Right!")


def test_lab_conversation_in_the_browser(page, tmp_path, mini_course):
    from conftest_web import SERVER_SCRIPT, LiveServer

    server = LiveServer(mini_course, tmp_path / "lab-home", tmp_path / "lab-serve.py")
    server_script = SERVER_SCRIPT.replace("partner=None", "partner=__import__('torchdojo.partners').partners")
    server.start(script_text=server_script)
    try:
        page.goto(server.url + "/labs/first-steps/lab-tensors")
        sync_api.expect(page.locator(".turn.partner").first).to_contain_text(
            "Tell me what shape you expected"
        )
        page.get_by_label("Your reply").fill("The batch comes first: it is dimension zero.")
        page.get_by_role("button", name="Send").click()
        sync_api.expect(page.locator(".turn.learner")).to_contain_text("The batch comes first")
        sync_api.expect(page.locator("#exchange-count")).to_have_text("1")  # streamed in, no reload
        assert page.locator(".turn.partner").count() == 2
        assert page.locator(".turn.partner").last.inner_text().strip() != ""
    finally:
        server.kill()

"""Web commands: ``serve`` runs the course in a browser (or prints one page with ``--get``), and
``bench web`` measures page latency under concurrent load."""

from __future__ import annotations

import json
import logging
import sys
import threading
from pathlib import Path

import click

from torchdojo.settings import load_settings

log = logging.getLogger("torchdojo.web")


def _settings(home: Path | None, course: Path | None, host: str | None = None, port: int | None = None):
    return load_settings({"home": home, "course": course, "host": host, "port": port})


def get_page(app, path: str) -> tuple[int, str]:
    """Run one GET request through the ASGI app in-process (no socket) and return (status, body)."""
    import asyncio

    path, _, query = path.partition("?")
    scope = {
        "type": "http",
        "asgi": {"version": "3.0"},
        "http_version": "1.1",
        "method": "GET",
        "scheme": "http",
        "path": path,
        "raw_path": path.encode(),
        "query_string": query.encode(),
        "root_path": "",
        "headers": [(b"host", b"localhost")],
        "client": ("127.0.0.1", 0),
        "server": ("127.0.0.1", 80),
    }
    messages: list[dict] = []

    async def receive() -> dict:
        return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message: dict) -> None:
        messages.append(message)

    asyncio.run(app(scope, receive, send))
    status = next(m["status"] for m in messages if m["type"] == "http.response.start")
    body = b"".join(m.get("body", b"") for m in messages if m["type"] == "http.response.body")
    return status, body.decode("utf-8", errors="replace")


@click.command("serve")
@click.option("--host", default=None, help="Interface to listen on (default 127.0.0.1).")
@click.option("--port", type=int, default=None, help="Port to listen on (default 8000).")
@click.option(
    "--home",
    type=click.Path(file_okay=False, path_type=Path),
    default=None,
    help="TORCHDOJO_HOME: where progress is stored.",
)
@click.option(
    "--course",
    type=click.Path(file_okay=False, exists=True, path_type=Path),
    default=None,
    help="Serve this course folder.",
)
@click.option(
    "--get", "get_path", default=None, metavar="PATH", help="Print the page at PATH and exit (no server)."
)
@click.option("--quiet", is_flag=True, help="Log only warnings.")
@click.option(
    "--warm/--no-warm",
    default=True,
    help="At start, in the background: draw the lessons' figures, prepare every exercise and start the grader.",
)
def serve(host, port, home, course, get_path, quiet, warm) -> None:
    """Serve the course in your browser."""
    from torchdojo.web.app import create_app
    from torchdojo.web.lesson import warm_figures_in_background

    settings = _settings(home, course, host, port)
    app = create_app(settings)
    if get_path:
        status, body = get_page(app, get_path)
        click.echo(body)
        sys.exit(0 if status < 400 else 1)
    import uvicorn

    if warm:
        warm_figures_in_background(app.state.site)
        warm_grader_in_background(settings)

    if not quiet:
        click.echo(
            f"torchdojo: serving {settings.course.name} at http://{settings.host}:{settings.port}/  (progress in {settings.home})"
        )
    uvicorn.run(
        app,
        host=settings.host,
        port=settings.port,
        log_level="warning" if quiet else "info",
        access_log=not quiet,
    )


def warm_grader_in_background(settings) -> threading.Thread:
    """Prepare every exercise and start the grading pool in a thread, so that the first learner to press
    "grade" gets a verdict in milliseconds instead of waiting for the pool to start (~10 s)."""

    def warm() -> None:
        try:
            from torchdojo.grader.service import default_grader
        except ModuleNotFoundError:  # a build without the grader: gradings report it themselves
            return
        try:
            default_grader(settings).warm_up()
        except Exception as error:  # noqa: BLE001 - the first grading reports what is wrong, in context
            log.warning("the grader could not be started in advance: %s", error)

    thread = threading.Thread(target=warm, name="torchdojo-grader-warm-up", daemon=True)
    thread.start()
    return thread


@click.command("web")
@click.option("--course", type=click.Path(file_okay=False, exists=True, path_type=Path), default=None)
@click.option("--concurrency", type=int, default=50, show_default=True, help="Concurrent keep-alive clients.")
@click.option("--duration", type=float, default=5.0, show_default=True, help="Seconds of load.")
@click.option(
    "--json", "as_json", is_flag=True, help="Print {p50_ms, p99_ms, errors, concurrency, …} as JSON."
)
def web_bench(course, concurrency, duration, as_json) -> None:
    """Latency of lesson and quiz pages under concurrent load, against a real server."""
    from torchdojo.web.bench import bench_web

    result = bench_web(course or load_settings().course, concurrency=concurrency, duration_s=duration)
    if as_json:
        click.echo(json.dumps(result.to_dict()))
        return
    click.echo(
        f"{result.requests} requests over {result.urls} pages, {concurrency} clients: p50 {result.p50_ms} ms, p99 {result.p99_ms} ms, {result.errors} errors, {result.requests_per_s} req/s"
    )


def register(group: click.Group) -> None:
    group.add_command(serve)
    bench = group.commands.get("bench")
    if isinstance(bench, click.Group):
        bench.add_command(web_bench, "web")

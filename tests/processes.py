"""Test helpers that run code in other processes: a forked child, a small grading pool."""

from __future__ import annotations

import json
import os
import traceback
from collections.abc import Callable
from typing import Any


def in_child(function: Callable[[], Any]) -> tuple[int, dict[str, Any]]:
    """Run ``function`` in a forked child: (its pid, ``{"value": result}`` or ``{"error": traceback}``).
    The result must be JSON-able; it comes back through a pipe, as the child's own process state never does."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child
        try:
            try:
                said = {"value": function()}
            except BaseException:  # noqa: BLE001 - reported to the test
                said = {"error": traceback.format_exc()}
            payload = memoryview(json.dumps(said).encode())
            while payload:
                payload = payload[os.write(write_end, payload) :]
        finally:
            os._exit(0)
    os.close(write_end)
    data = b""
    try:
        while chunk := os.read(read_end, 1 << 16):
            data += chunk
    finally:
        os.close(read_end)
        os.waitpid(pid, 0)
    return pid, json.loads(data) if data else {"error": "the child wrote nothing"}


def pool_reading(tmp_path, read: Callable[[Any], Any], **overrides: Any) -> Any:
    """``read(pool)`` for a pool of one zygote and one spare child, closed after (no sandbox unless
    ``overrides`` say so)."""
    from torchdojo.grader.pool import Pool
    from torchdojo.settings import load_settings

    settings = load_settings({"home": tmp_path, "sandbox": "none", "pool_size": 1, "prefork": 1, **overrides})
    pool = Pool(settings)
    try:
        return read(pool)
    finally:
        pool.close()

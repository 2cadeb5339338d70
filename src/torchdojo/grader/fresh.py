"""The slow path, kept for comparison: one fresh ``python`` (and ``import torch``) per submission.

This is how notebook graders (nbgrader, Otter) run checks. ``torchdojo bench`` times it beside the warm pool.
Usage: ``python -m torchdojo.grader.fresh < job > reply`` (both framed with ``wire``).
"""

from __future__ import annotations

import subprocess
import sys
import time

from torchdojo.grader import wire


def run_fresh(job: bytes, timeout: float = 120.0) -> tuple[bytes, float]:
    """Run one job in a brand-new interpreter; return its framed reply and the wall time in ms."""
    started = time.perf_counter()
    completed = subprocess.run(
        [sys.executable, "-m", "torchdojo.grader.fresh"],
        input=job,
        capture_output=True,
        timeout=timeout,
        check=False,
    )
    return completed.stdout, (time.perf_counter() - started) * 1000


def main() -> None:
    import torch

    torch.set_num_threads(1)
    from torchdojo.grader import probe

    stream = sys.stdin.buffer
    header, blobs = wire.read_message(lambda count: stream.read(count))
    reply = probe.run_job(header, blobs, header.pop("source"))
    sys.stdout.buffer.write(reply)
    sys.stdout.buffer.flush()


if __name__ == "__main__":
    main()

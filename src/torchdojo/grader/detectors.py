"""Built-in bug detectors for training code, read off the events the probe recorded.

A check spec names the detectors it wants in ``bugs=(...)``; each looks at one case's learner events (and the
reference's) and returns a message when it recognises the bug, or ``None``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

Events = list[dict[str, Any]]


def _steps(events: Events) -> list[int]:
    return [index for index, event in enumerate(events) if event.get("event") == "step"]


def step_before_backward(events: Events, reference: Events, returned: Any) -> str | None:
    previous = -1
    for index in _steps(events):
        window = events[previous + 1 : index]
        if not any(event.get("event") == "backward" for event in window):
            return ("optimizer.step() ran before loss.backward() in a batch, so it used no gradients (or last "
                    "batch's). Order per batch: zero_grad → forward → loss → backward → step.")  # fmt: skip
        previous = index
    return None


def zero_grad_after_backward(events: Events, reference: Events, returned: Any) -> str | None:
    for index in _steps(events):
        before = [event.get("event") for event in events[:index]]
        last_backward = max((i for i, name in enumerate(before) if name == "backward"), default=-1)
        zeroed_since = "zero_grad" in before[last_backward + 1 :]
        if last_backward >= 0 and zeroed_since:
            return ("zero_grad() ran between backward() and step(): it wiped the fresh gradients, so step() "
                    "changed nothing. Call zero_grad() at the start of each batch, before the forward pass.")  # fmt: skip
    for index in _steps(events):
        if events[index].get("grads") in ("none", "zero"):
            since_previous = [event.get("event") for event in events[:index]][::-1]
            cut = since_previous.index("step") if "step" in since_previous else len(since_previous)
            if "backward" in since_previous[:cut]:
                return ("The gradients were gone by the time optimizer.step() ran, although backward() had "
                        "filled them: something (zero_grad, or setting .grad = None) cleared them in between. "
                        "Call zero_grad() at the start of each batch, before the forward pass.")  # fmt: skip
            return "optimizer.step() found no gradients, so the parameters never moved."
    return None


def zero_grad_missing(events: Events, reference: Events, returned: Any) -> str | None:
    steps = _steps(events)
    accumulating = any(event.get("event") == "backward" and event.get("accumulating") for event in events)
    if len(steps) >= 2 and accumulating and not any(event.get("event") == "zero_grad" for event in events):
        return ("Gradients accumulate across batches: nothing resets them, so each step uses the sum of all "
                "previous gradients. Call optimizer.zero_grad() once per batch.")  # fmt: skip
    if len(steps) >= 2 and accumulating:
        return "Gradients from an earlier batch were still there at backward(): reset them every batch with optimizer.zero_grad()."
    return None


def eval_mode(events: Events, reference: Events, returned: Any) -> str | None:
    forwards = [event for event in events if event.get("event") == "forward"]
    trained = any(event.get("event") == "step" for event in events)
    if trained and any(not event.get("training", True) for event in forwards):
        return ("The model ran in eval mode while training (dropout and batch-norm behave differently there). "
                "Call model.train() at the start of the epoch — the model you receive may be in eval mode.")  # fmt: skip
    return None


def loss_graph_kept(events: Events, reference: Events, returned: Any) -> str | None:
    if any(event.get("graphs_kept", 0) > 0 for event in events if event.get("event") == "step"):
        return ("Loss tensors are accumulated with their autograd graphs (e.g. total += loss), keeping every "
                "batch's graph in memory. Accumulate loss.item(), a Python float, instead.")  # fmt: skip
    return None


def loss_tensor_returned(events: Events, reference: Events, returned: Any) -> str | None:
    from torchdojo.grader import wire

    if isinstance(returned, wire.TensorValue):
        return "The function returned a tensor instead of a Python float: return total / count with floats from loss.item()."
    return None


DETECTORS: dict[str, Callable[[Events, Events, Any], str | None]] = {
    "step-before-backward": step_before_backward,
    "zero-grad-after-backward": zero_grad_after_backward,
    "zero-grad-missing": zero_grad_missing,
    "eval-mode": eval_mode,
    "loss-graph-kept": loss_graph_kept,
    "loss-tensor-returned": loss_tensor_returned,
}

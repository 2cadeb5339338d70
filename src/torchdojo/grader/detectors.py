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


def loss_values(events: Events) -> list[float]:
    """The values of the loss events (the criterion's outputs), in order; non-finite ones are left out."""
    return [
        event["value"]
        for event in events
        if event.get("event") == "loss"
        and isinstance(event.get("value"), (int, float))
        and not isinstance(event.get("value"), bool)
    ]


def _near(value: float, target: float) -> bool:
    return abs(value - target) <= 1e-5 + 1e-4 * abs(target)


def loss_not_averaged(events: Events, reference: Events, returned: Any) -> str | None:
    """The returned number is the sum, or the last, of the losses the learner's own criterion computed."""
    losses = loss_values(events)
    if not isinstance(returned, float) or len(losses) < 2 or _near(returned, sum(losses) / len(losses)):
        return None
    if _near(returned, sum(losses)):
        return ("You returned the sum of the batch losses: divide it by the number of batches, so that the "
                "figure does not grow with the size of the dataset.")  # fmt: skip
    if _near(returned, losses[-1]):
        return ("You returned the last batch's loss, not the epoch's: add up loss.item() for every batch and "
                "divide by the number of batches.")  # fmt: skip
    return None


def never_stepped(events: Events, reference: Events, returned: Any) -> str | None:
    """Nothing was learned: no optimizer step and no backward pass. (Backward passes without a step may be a
    hand-written update; where that leaves the parameters wrong, the final-state check says so.)"""
    if _steps(events) or not _steps(reference) or any(event.get("event") == "backward" for event in events):
        return None
    if not any(event.get("event") == "forward" for event in events):
        return "Your function never ran the model: loop over the loader and train on every batch."
    return ("Your function computed losses but never trained: no loss.backward() and no optimizer.step(), so "
            "the parameters never changed. Per batch: zero_grad → forward → loss → backward → step.")  # fmt: skip


def step_count(events: Events, reference: Events, returned: Any) -> str | None:
    """One optimizer step per batch: more (extra epochs) or fewer (stopping early) than the reference."""
    mine, theirs = len(_steps(events)), len(_steps(reference))
    if not mine or not theirs or mine == theirs:
        return None
    if mine > theirs and mine % theirs == 0:
        return (f"Your function made {mine} optimizer steps where one pass over the loader makes {theirs}: "
                f"it trained for {mine // theirs} epochs. Train for exactly one, one step per batch.")  # fmt: skip
    return (f"Your function made {mine} optimizer step(s); the loader has {theirs} batch(es), and one epoch "
            "is one step per batch.")  # fmt: skip


def train_mode_in_eval(events: Events, reference: Events, returned: Any) -> str | None:
    """Evaluation code (the reference runs every forward pass in eval mode) that left the model training."""
    theirs = [event for event in reference if event.get("event") == "forward"]
    if not theirs or any(event.get("training", True) for event in theirs):
        return None
    if any(event.get("event") == "forward" and event.get("training", False) for event in events):
        return ("The model ran in training mode while you evaluated it: dropout still dropped units (and "
                "batch-norm would use each batch's own statistics), so the number depends on chance. Call "
                "model.eval() before the loop.")  # fmt: skip
    return None


def graph_in_eval(events: Events, reference: Events, returned: Any) -> str | None:
    """Evaluation that records autograd graphs: the reference's losses carry none."""
    theirs = [event for event in reference if event.get("event") == "loss"]
    if not theirs or any(event.get("graph") for event in theirs):
        return None
    if any(event.get("event") == "loss" and event.get("graph") for event in events):
        return ("Your evaluation recorded autograd graphs (the losses still had a grad_fn): that costs memory "
                "and time for nothing. Run the forward passes under torch.no_grad().")  # fmt: skip
    return None


DETECTORS: dict[str, Callable[[Events, Events, Any], str | None]] = {
    "step-before-backward": step_before_backward,
    "zero-grad-after-backward": zero_grad_after_backward,
    "zero-grad-missing": zero_grad_missing,
    "eval-mode": eval_mode,
    "loss-graph-kept": loss_graph_kept,
    "loss-tensor-returned": loss_tensor_returned,
    "loss-not-averaged": loss_not_averaged,
    "never-stepped": never_stepped,
    "step-count": step_count,
    "train-mode-in-eval": train_mode_in_eval,
    "graph-in-eval": graph_in_eval,
}

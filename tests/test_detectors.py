"""The built-in training detectors, on recorded event lists: each fires on its bug and stays quiet otherwise."""

from __future__ import annotations

from torchdojo.grader.detectors import DETECTORS


def epoch(losses, *, step=True, backward=True):
    """The events one correct epoch records: per batch zero_grad, forward, loss, backward, step."""
    events = []
    for value in losses:
        events += [{"event": "zero_grad"}, {"event": "forward", "training": True}]
        events.append({"event": "loss", "value": value, "graph": True})
        if backward:
            events.append({"event": "backward", "accumulating": False})
        if step:
            events.append({"event": "step", "grads": "nonzero", "graphs_kept": 0})
    return events


LOSSES = [0.9, 0.6, 0.3]
REFERENCE = epoch(LOSSES)


def test_loss_not_averaged_names_the_sum_and_the_last_loss_and_accepts_the_mean():
    detect = DETECTORS["loss-not-averaged"]
    assert detect(REFERENCE, REFERENCE, 0.6) is None
    assert "sum of the batch losses" in detect(REFERENCE, REFERENCE, 1.8)
    assert "last batch's loss" in detect(REFERENCE, REFERENCE, 0.3)
    assert detect(REFERENCE, REFERENCE, 0.55) is None  # wrong, but not one of these two: the values speak
    assert detect(epoch([0.4]), epoch([0.4]), 0.4) is None  # one batch: sum, last and mean agree
    assert detect(REFERENCE, REFERENCE, True) is None  # not a float


def test_never_stepped_fires_only_when_nothing_was_learned():
    detect = DETECTORS["never-stepped"]
    assert detect(REFERENCE, REFERENCE, 0.6) is None
    assert "never trained" in detect(epoch(LOSSES, step=False, backward=False), REFERENCE, 0.6)
    assert (
        detect(epoch(LOSSES, step=False), REFERENCE, 0.6) is None
    )  # backward without step: a manual update?
    assert "never ran the model" in detect([], REFERENCE, 0.0)


def test_step_count_names_extra_epochs_and_missing_steps():
    detect = DETECTORS["step-count"]
    assert detect(REFERENCE, REFERENCE, 0.6) is None
    assert "trained for 2 epochs" in detect(REFERENCE + REFERENCE, REFERENCE, 0.6)
    assert "made 2 optimizer step(s); the loader has 3" in detect(epoch(LOSSES[:2]), REFERENCE, 0.75)
    assert detect(epoch(LOSSES, step=False), REFERENCE, 0.6) is None  # no steps at all is never-stepped's


def evaluation(losses, *, training=False, graph=False):
    events = []
    for value in losses:
        events.append({"event": "forward", "training": training})
        events.append({"event": "loss", "value": value, "graph": graph})
    return events


def test_evaluation_detectors_name_train_mode_and_recorded_graphs():
    reference = evaluation(LOSSES)
    train_mode, graph = DETECTORS["train-mode-in-eval"], DETECTORS["graph-in-eval"]
    assert train_mode(reference, reference, 0.6) is None and graph(reference, reference, 0.6) is None
    assert "model.eval()" in train_mode(evaluation(LOSSES, training=True), reference, 0.6)
    assert "torch.no_grad()" in graph(evaluation(LOSSES, graph=True), reference, 0.6)
    # a training loop's reference runs in training mode with graphs: neither detector applies there
    assert train_mode(REFERENCE, REFERENCE, 0.6) is None and graph(REFERENCE, REFERENCE, 0.6) is None


MANUAL_SGD = """
import torch


def train_one_epoch(model, loader, criterion, optimizer):
    model.train()
    lr = optimizer.param_groups[0]["lr"]
    total, batches = 0.0, 0
    for x, y in loader:
        for parameter in model.parameters():
            parameter.grad = None
        loss = criterion(model(x), y)
        loss.backward()
        with torch.no_grad():
            for parameter in model.parameters():
                parameter -= lr * parameter.grad
        total += loss.item()
        batches += 1
    return total / batches
"""


def test_a_hand_written_sgd_update_passes_the_training_loop(grader):
    result = grader.grade("first-model/fix-training-loop", MANUAL_SGD)
    assert result.status.value == "passed", str(result)


def test_an_error_about_the_meta_device_gets_a_hint_and_other_errors_do_not():
    from torchdojo.grader.judge import _meta_hint

    assert "device=x.device" in _meta_hint({"message": "Cannot copy out of meta tensor; no data!"})
    assert "device=x.device" in _meta_hint(
        {"message": "Tensor on device meta is not on the expected device cpu!"}
    )
    assert _meta_hint({"message": "missing metadata for key 'w'"}) == ""

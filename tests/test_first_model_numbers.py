"""Recompute every number the "Your first model" module states, and check the text states it.

Parameter counts come from real `nn.Module` instances, metrics from confusion-matrix counts, loader sizes from
real `DataLoader`s. Each lesson's `python run` blocks are also executed in one namespace, as `torchdojo validate`
does, so the prose can be checked against the numbers the code actually produced.
"""

import contextlib
import io
import math
import re
from pathlib import Path

import pytest
import torch
import torch.nn as nn
import yaml
from torch.utils.data import DataLoader, TensorDataset

MODULE = Path(__file__).resolve().parents[1] / "src/torchdojo/courses/pytorch/modules/first-model"
LESSONS = {
    "environment": "01-environment.md",
    "network": "02-network.md",
    "training-loop": "03-training-loop.md",
    "evaluation": "04-evaluation.md",
}
BLOCK = re.compile(r"^```([^\n]*)\n(.*?)^```[ \t]*$", re.S | re.M)


# --- helpers ---------------------------------------------------------------------------------------------


def question(source, question_id):
    """The question `question_id` from `quizzes/<source>.yaml`, or from the test bank when source is 'bank'."""
    path = MODULE / ("test-bank.yaml" if source == "bank" else f"quizzes/{source}.yaml")
    questions = yaml.safe_load(path.read_text())["questions"]
    return next(q for q in questions if q["id"] == question_id)


def correct_text(source, question_id):
    """The text of the single correct option."""
    (text,) = [o["text"] for o in question(source, question_id)["options"] if o["correct"]]
    return text


def all_text(source, question_id):
    """Prompt, option texts and feedback of one question, joined: where distractor numbers are explained."""
    q = question(source, question_id)
    return "\n".join([q["prompt"]] + [o["text"] + "\n" + o["feedback"] for o in q["options"]])


def lesson_text(lesson_id):
    return (MODULE / "lessons" / LESSONS[lesson_id]).read_text()


def prose(lesson_id):
    """The lesson body with code and output blocks removed, whitespace collapsed (line breaks do not matter)."""
    body = lesson_text(lesson_id).split("\n---\n", 1)[1]
    body = BLOCK.sub(
        lambda m: m.group(0) if m.group(1).split()[:1] in (["concept"], ["takeaway"], ["mistake"]) else "",
        body,
    )
    return " ".join(body.split())


def count(model):
    return sum(p.numel() for p in model.parameters())


def metrics(tp, fp, fn, tn):
    precision = tp / (tp + fp)
    recall = tp / (tp + fn)
    return {
        "accuracy": (tp + tn) / (tp + fp + fn + tn),
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall),
    }


@contextlib.contextmanager
def one_thread():
    """Tiny models train faster on one thread than fighting for shared cores; results are unchanged."""
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(threads)


def run_lesson(lesson_id):
    """Execute the lesson's run/figure blocks in one namespace; return (namespace, [(expected, actual)])."""
    namespace = {"__name__": f"lesson_{lesson_id.replace('-', '_')}"}
    blocks = [(m.group(1).strip(), m.group(2)) for m in BLOCK.finditer(lesson_text(lesson_id))]
    comparisons = []
    for index, (info, code) in enumerate(blocks):
        if not (info.startswith("python run") or info.startswith("python figure")):
            continue
        stdout = io.StringIO()
        with contextlib.redirect_stdout(stdout):
            exec(compile(code, f"{LESSONS[lesson_id]}#{index}", "exec"), namespace)
        if info.startswith("python figure"):
            assert namespace.pop("svg").lstrip().startswith("<svg"), f"figure {info} left no svg"
        elif index + 1 < len(blocks) and blocks[index + 1][0] == "output":
            comparisons.append((blocks[index + 1][1], stdout.getvalue()))
    return namespace, comparisons


@pytest.fixture(scope="module")
def executed():
    """Each lesson run once, lazily; lessons 3 and 4 need scikit-learn's bundled dataset."""
    cache = {}

    def get(lesson_id):
        if lesson_id not in cache:
            with one_thread():
                cache[lesson_id] = run_lesson(lesson_id)
        return cache[lesson_id]

    return get


# --- lesson 2 and parameter-count questions --------------------------------------------------------------


def test_tumornet_counts_match_lesson_2(executed):
    namespace, _ = executed("network")
    model = namespace["TumorNet"]()
    assert [count(model.fc1), count(model.fc2), count(model.out)] == [496, 136, 9]
    assert count(model) == 641
    assert count(namespace["CarefulNet"]()) == 513
    assert count(namespace["ForgetfulNet"]()) == 0
    text = prose("network")
    for fact in ["480 + 16 = 496", "128 + 8 = 136", "8 + 1 = 9", "641 in all", "641-parameter"]:
        assert fact in text


@pytest.mark.parametrize(
    ("source", "question_id", "layers", "weights_only"),
    [
        ("network", "count-three-layers", [(10, 20), (20, 5), (5, 1)], 305),
        ("bank", "count-twelve-features", [(12, 32), (32, 16), (16, 1)], 912),
        ("bank", "tiny-sequential", [(4, 8), (8, 3)], 56),
    ],
)
def test_parameter_count_questions(source, question_id, layers, weights_only):
    model = nn.Sequential(
        *[module for i, o in layers for module in (nn.Linear(i, o), nn.ReLU(), nn.Dropout(0.1))]
    )
    total = count(model)
    biases = sum(o for _, o in layers)
    assert total - biases == weights_only
    assert correct_text(source, question_id) == str(total)
    text = all_text(source, question_id)
    assert str(weights_only) in text  # the "forgot the biases" distractor is explained with its real value
    for i, o in layers:
        assert f"{i}×{o} + {o}" in text or f"{i}×{o}" in text


def test_the_seed_count_is_not_repeated():
    """8 -> 64 -> 32 -> 1 has 2,689 parameters; the seed's 2,625 must appear nowhere in the module."""
    model = nn.Sequential(nn.Linear(8, 64), nn.Linear(64, 32), nn.Linear(32, 1))
    assert count(model) == 2689
    for path in MODULE.rglob("*"):
        if path.is_file():
            assert "2,625" not in path.read_text() and "2625" not in path.read_text(), path


def test_linear_weight_shape_and_shape_error():
    assert correct_text("bank", "weight-shape") == f"`torch.Size({list(nn.Linear(30, 16).weight.shape)})`"
    with pytest.raises(RuntimeError) as error:
        nn.Linear(30, 16)(torch.randn(8, 12))
    assert str(error.value) in correct_text("network", "wrong-feature-count")


def test_dropout_survivor_value():
    torch.manual_seed(0)
    dropout = nn.Dropout(p=0.25).train()
    out = dropout(torch.full((64,), 3.0))
    survivors = out[out != 0].unique().tolist()
    assert survivors == [4.0]
    assert correct_text("network", "dropout-survivor") == "4.0"
    assert dropout.eval()(torch.tensor([3.0])).item() == 3.0


def test_forgotten_super_init_message():
    class Hasty(nn.Module):
        def __init__(self):
            self.fc1 = nn.Linear(30, 16)

    with pytest.raises(AttributeError) as error:
        Hasty()
    assert str(error.value) in correct_text("bank", "forgot-super-init")


# --- lesson 3 and training-loop questions -----------------------------------------------------------------


def test_coin_flip_loss_is_ln2():
    loss = nn.BCEWithLogitsLoss()(torch.zeros(4, 1), torch.tensor([[1.0], [0.0], [1.0], [0.0]]))
    assert isinstance(loss.item(), float)
    assert f"{loss.item():.3f}" == "0.693" == f"{math.log(2):.3f}"
    assert "0.693" in question("training-loop", "stuck-at-ln2")["prompt"]
    assert "0.6931" in all_text("training-loop", "stuck-at-ln2")


def test_zero_grad_sets_none():
    layer = nn.Linear(3, 1)
    layer(torch.ones(2, 3)).sum().backward()
    torch.optim.SGD(layer.parameters(), lr=0.1).zero_grad()
    assert layer.weight.grad is None
    assert correct_text("bank", "zero-grad-none") == "`None`"


@pytest.mark.parametrize(
    ("source", "question_id", "samples", "batch_size"),
    [("training-loop", "batches-per-epoch", 500, 64), ("bank", "loader-128", 1000, 128)],
)
def test_loader_sizes(source, question_id, samples, batch_size):
    loader = DataLoader(TensorDataset(torch.zeros(samples, 1)), batch_size=batch_size)
    sizes = [len(batch) for (batch,) in loader]
    assert f"{len(loader)} batches; the last" in correct_text(source, question_id)
    assert f"{sizes[-1]} samples" in correct_text(source, question_id)


def test_bce_target_shape_raises_value_error():
    with pytest.raises(ValueError):
        nn.BCEWithLogitsLoss()(torch.zeros(32, 1), torch.zeros(32))
    assert "`ValueError`" in correct_text("bank", "target-shape")


def test_lesson_3_split_and_loader_numbers(executed):
    namespace, _ = executed("training-loop")
    assert [len(namespace[k]) for k in ("train_idx", "val_idx", "test_idx")] == [364, 91, 114]
    assert len(namespace["train_loader"]) == 12
    # Validation loss below training loss at the end, as the prose claims.
    assert namespace["val_losses"][-1] < namespace["train_losses"][-1]


def test_kofi_loss_numbers_in_lesson_3():
    """Re-run the data/model blocks fresh, then four epochs of Kofi's misordered loop: the loss never improves."""
    namespace = {}
    runs = [
        m.group(2) for m in BLOCK.finditer(lesson_text("training-loop")) if m.group(1).strip() == "python run"
    ]
    with contextlib.redirect_stdout(io.StringIO()):
        for code in runs[:3]:  # data + loaders, then the model, loss and optimizer
            exec(code, namespace)
    torch.manual_seed(0)
    model = namespace["TumorNet"]()
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    with one_thread():
        losses = kofi_epochs(model, optimizer, namespace, epochs=4)
    assert ", ".join(f"{v:.3f}" for v in losses) in prose("training-loop")
    assert all(0.66 <= v <= 0.68 for v in losses)  # "hover around 0.67"


def kofi_epochs(model, optimizer, namespace, epochs):
    """Mean training loss per epoch of the loop with zero_grad() between backward() and step()."""
    losses = []
    for _ in range(epochs):
        total = 0.0
        for X_batch, y_batch in namespace["train_loader"]:
            loss = namespace["loss_fn"](model(X_batch), y_batch)
            loss.backward()
            optimizer.zero_grad()
            optimizer.step()
            total += loss.item() * len(X_batch)
        losses.append(total / 364)
    return losses


# --- lesson 4 and metric questions ------------------------------------------------------------------------


def test_invoice_matrix_question():
    m = metrics(tp=30, fp=10, fn=20, tn=940)
    text = all_text("evaluation", "read-the-matrix")
    assert f"Precision is {m['precision']:.2f} and recall is {m['recall']:.2f}" in correct_text(
        "evaluation", "read-the-matrix"
    )
    assert f"{m['accuracy']:.2f}" in text
    assert f"≈ {m['f1']:.3f}" in text
    assert f"{(m['precision'] + m['recall']) / 2:.3f}" in text  # the arithmetic-mean distractor


def test_do_nothing_baseline_question():
    labels = torch.zeros(1000)
    labels[:30] = 1
    predictions = torch.zeros(1000)
    accuracy = (predictions == labels).float().mean().item()
    recall = predictions[labels == 1].sum().item() / 30
    assert (
        correct_text("evaluation", "do-nothing-baseline") == f"Accuracy {accuracy:.2f}, recall {recall:.1f}"
    )


def test_f1_question():
    precision, recall = 0.6, 0.9
    f1 = 2 * precision * recall / (precision + recall)
    assert correct_text("bank", "f1-from-p-r") == f"{f1:.2f}"
    text = all_text("bank", "f1-from-p-r")
    assert f"{(precision + recall) / 2:.2f}" in text and f"{precision * recall:.2f}" in text


def test_screening_question():
    tp, flagged, positives, total = 15, 40, 50, 5000
    m = metrics(tp=tp, fp=flagged - tp, fn=positives - tp, tn=total - positives - (flagged - tp))
    assert (
        correct_text("bank", "screening-counts")
        == f"Precision {m['precision']:.3f}, recall {m['recall']:.2f}"
    )
    assert f"{m['accuracy']:.3f}" in all_text("bank", "screening-counts")


def test_sklearn_layout_question():
    import sklearn.metrics as sklearn_metrics

    y_true = [0] * 72 + [1] * 42
    y_pred = [0] * 70 + [1] * 2 + [0] * 5 + [1] * 37
    matrix = sklearn_metrics.confusion_matrix(y_true, y_pred).tolist()
    assert f"`{matrix}`" in question("bank", "sklearn-layout")["prompt"]
    (tn, fp), (fn, tp) = matrix
    assert correct_text("bank", "sklearn-layout") == str(fn)
    assert f"{tp / (tp + fn):.3f}" in all_text("bank", "sklearn-layout")


def test_f1_example_in_lesson_4():
    precision, recall = 1.0, 0.1
    assert (
        f"F1 ≈ {2 * precision * recall / (precision + recall):.2f}, not {(precision + recall) / 2:.2f}"
        in prose("evaluation")
    )


def test_lesson_4_prose_matches_the_run(executed):
    namespace, _ = executed("evaluation")
    tp, fn, fp, tn = (namespace[k] for k in ("tp", "fn", "fp", "tn"))
    positives = tp + fn
    text = prose("evaluation")
    assert f"{100 * namespace['accuracy']:.1f} %" in text
    assert f"{100 * namespace['baseline']:.1f} %" in text
    assert f"{positives} malignant out of {tp + fn + fp + tn}" in text
    assert f"{tp} of {positives} caught" in text and f"{fn} of {positives} malignant" in text
    assert f"TP {tp}, FN {fn}, FP {fp}, TN {tn}" in text
    assert f"recall {namespace['recall']:.3f}" in text and f"precision {namespace['precision']:.3f}" in text


# --- every recorded output still matches -----------------------------------------------------------------


@pytest.mark.parametrize("lesson_id", list(LESSONS))
def test_recorded_outputs_match(executed, lesson_id):
    _, comparisons = executed(lesson_id)
    assert comparisons, "a lesson with no recorded output proves nothing"
    for expected, actual in comparisons:
        assert actual == expected

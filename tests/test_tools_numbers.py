"""Recompute every number the "Tools of the trade" module states, and check the text states it.

Lessons are executed block by block in one namespace (as `torchdojo validate` does), so the prose can be checked
against what the code produced: parameter counts from real modules, FLOP and GPU-hour arithmetic, memory
estimates, the quiz and test-bank distractors, the compute lab's figures, and the exercise prompts' examples.
"""

import contextlib
import importlib.util
import io
import math
import re
from pathlib import Path

import pytest
import torch
import torch.nn as nn
import yaml

COURSE = Path(__file__).resolve().parents[1] / "src/torchdojo/courses/pytorch"
MODULE = COURSE / "modules/tools-of-the-trade"
EXERCISES = COURSE / "exercises/tools-of-the-trade"
LESSONS = {
    "mental-model": "01-mental-model.md",
    "hugging-face": "02-hugging-face.md",
    "free-gpus": "03-free-gpus.md",
    "project-workflow": "04-project-workflow.md",
}
BLOCK = re.compile(r"^```([^\n]*)\n(.*?)^```[ \t]*$", re.S | re.M)
MINILM_PARAMETERS = 22_713_216
T4, A100 = 65e12, 312e12  # peak FLOP/s: 16-bit tensor cores (T4), bfloat16 dense (A100)


# --- helpers ---------------------------------------------------------------------------------------------


def hours(n_params, n_tokens, peak, utilization):
    """The 6·N·D estimate, in hours."""
    return 6 * n_params * n_tokens / (peak * utilization) / 3600


def question(source, question_id):
    path = MODULE / ("test-bank.yaml" if source == "bank" else f"quizzes/{source}.yaml")
    return next(q for q in yaml.safe_load(path.read_text())["questions"] if q["id"] == question_id)


def correct_texts(source, question_id):
    return [o["text"] for o in question(source, question_id)["options"] if o["correct"]]


def all_text(source, question_id):
    q = question(source, question_id)
    return " ".join([q["prompt"]] + [o["text"] + " " + o["feedback"] for o in q["options"]])


def prose(lesson_id):
    """The lesson body without code and output blocks (concept and callout boxes kept), whitespace collapsed."""
    body = (MODULE / "lessons" / LESSONS[lesson_id]).read_text().split("\n---\n", 1)[1]
    body = BLOCK.sub(
        lambda m: m.group(0) if m.group(1).split()[:1] in (["concept"], ["takeaway"], ["mistake"]) else "",
        body,
    )
    return " ".join(body.split())


def run_lesson(lesson_id):
    """Execute the lesson's run/figure blocks in one namespace; return (namespace, outputs by block, figures)."""
    text = (MODULE / "lessons" / LESSONS[lesson_id]).read_text()
    blocks = [(m.group(1).strip(), m.group(2)) for m in BLOCK.finditer(text)]
    namespace = {"__name__": f"lesson_{lesson_id.replace('-', '_')}"}
    comparisons, figures = [], []
    for index, (info, code) in enumerate(blocks):
        if not info.startswith(("python run", "python figure")):
            continue
        stdout = io.StringIO()
        with contextlib.redirect_stdout(stdout):
            exec(compile(code, f"{LESSONS[lesson_id]}#{index}", "exec"), namespace)
        if info.startswith("python figure"):
            figures.append(namespace.pop("svg"))
        elif index + 1 < len(blocks) and blocks[index + 1][0] == "output":
            comparisons.append((blocks[index + 1][1], stdout.getvalue()))
    return namespace, comparisons, figures


@pytest.fixture(scope="module")
def executed():
    cache = {}

    def get(lesson_id):
        if lesson_id not in cache:
            threads = torch.get_num_threads()
            torch.set_num_threads(1)
            try:
                cache[lesson_id] = run_lesson(lesson_id)
            finally:
                torch.set_num_threads(threads)
        return cache[lesson_id]

    return get


def solution(name):
    """The reference solution module of one of this module's exercises."""
    spec = importlib.util.spec_from_file_location(
        f"solution_{name.replace('-', '_')}", EXERCISES / name / "solution.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


# --- every lesson runs, records the outputs it prints, and draws an SVG --------------------------------------


@pytest.mark.parametrize("lesson_id", LESSONS)
def test_lesson_outputs_match_and_figures_are_svg(executed, lesson_id):
    _, comparisons, figures = executed(lesson_id)
    assert comparisons, "a lesson records at least one output"
    for expected, actual in comparisons:
        assert actual == expected
    assert figures and all(
        svg.lstrip().startswith("<svg") and svg.rstrip().endswith("</svg>") for svg in figures
    )


# --- lesson 1 ----------------------------------------------------------------------------------------------


def test_mental_model_numbers(executed):
    namespace, _, _ = executed("mental-model")
    assert 1.5**6 == 11.390625 and 6 * 1.5**5 == 45.5625
    assert [18 * 2.0 * call for call in (1, 2, 3)] == [36.0, 72.0, 108.0]
    steps = math.ceil(64 / 16) * 25
    assert len(namespace["trainer"].history) == steps == 100
    text = prose("mental-model")
    for fact in ["6 · 1.5⁵ = 45.5625", "4 steps per epoch", "100 steps", "22.7-million-parameter"]:
        assert fact in text
    assert round(MINILM_PARAMETERS / 1e6, 1) == 22.7


def test_mental_model_quiz_numbers():
    w = torch.tensor(1.0, requires_grad=True)
    for _ in range(4):
        (5 * w).backward()
    assert w.grad.item() == 20.0
    assert correct_texts("mental-model", "grad-adds-up") == ["`tensor(20.)`"]
    assert "4 × 5 = 20" in all_text("mental-model", "grad-adds-up")


def test_bank_backward_twice_and_step_count():
    x = torch.tensor(3.0, requires_grad=True)
    y = x**2
    y.backward()
    assert x.grad.item() == 6.0
    with pytest.raises(RuntimeError, match="second time"):
        y.backward()
    loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(torch.zeros(1000, 1)), batch_size=32)
    assert len(loader) * 3 == 96 and (1000 // 32) * 3 == 93
    assert correct_texts("bank", "trainer-step-count") == ["96"]
    assert "31 of 32 samples and one of 8" in all_text("bank", "trainer-step-count") and 31 * 32 + 8 == 1000


# --- lesson 2 ----------------------------------------------------------------------------------------------


def test_minilm_load_and_counts(executed):
    namespace, _, _ = executed("hugging-face")
    model, config = namespace["model"], namespace["config"]
    assert sum(p.numel() for p in model.parameters()) == MINILM_PARAMETERS
    assert config["vocab_size"] == 30522 and "30,522" in prose("hugging-face")
    assert namespace["trainable_head"] == 384 * 3 + 3 == 1155
    assert namespace["lora_per_matrix"] == 8 * (384 + 384) == 6144
    assert namespace["lora_total"] == 6 * 2 * 6144 == 73728
    assert f"{100 * 73728 / MINILM_PARAMETERS:.2f}" == "0.32"
    assert 384 * 384 == 147456


def test_lesson_model_matches_the_lab_partners_encoder(executed):
    from torchdojo.partners.embedding import load_encoder

    namespace, _, _ = executed("hugging-face")
    reference = load_encoder().encode(namespace["emails"])
    assert torch.allclose(namespace["sentences"], reference, atol=1e-5)
    similarity = namespace["similarity"]
    assert (
        0.15 < similarity.min() and similarity.clone().fill_diagonal_(0).max() < 0.75
    )  # "between about 0.2 and 0.7"


def test_hugging_face_quiz_and_bank_numbers():
    assert (
        1024 * 8 + 8 * 1024 == 16384 and 1024 * 8 == 8192 and 8 * 8 * 1024 == 65536 and 1024 * 1024 == 1048576
    )
    assert round(100 * 16384 / 1048576, 1) == 1.6
    assert correct_texts("hugging-face", "lora-params") == ["16,384"]
    assert "about 1.6 %" in all_text("hugging-face", "lora-params")
    head = nn.Linear(384, 5)
    assert sum(p.numel() for p in head.parameters()) == 1925 and 384 * 5 == 1920
    assert MINILM_PARAMETERS + 1925 == 22_715_141
    assert correct_texts("bank", "frozen-head-count") == ["1,925"]
    assert MINILM_PARAMETERS * 4 == 90_852_864 and round(MINILM_PARAMETERS * 4 / 1e6) == 91
    assert round(MINILM_PARAMETERS / 1e6) == 23 and round(MINILM_PARAMETERS * 2 / 1e6) == 45
    assert round(MINILM_PARAMETERS * 16 / 1e6) == 363
    assert "90,852,864 bytes" in all_text("bank", "minilm-size")


# --- lesson 3 ----------------------------------------------------------------------------------------------


def test_free_gpus_lesson_numbers(executed):
    namespace, _, _ = executed("free-gpus")
    tokens = 40_000 * 256 * 3
    assert namespace["n_tokens"] == tokens == 30_720_000
    assert math.isclose(6 * 125e6 * tokens, 2.304e16)
    assert round(hours(125e6, tokens, T4, 0.3) * 60) == 20
    assert (
        40_000 / 32 == 1250 and 1250 * 3 == 3750 and math.isclose(3750 * 0.3, 1125) and round(1125 / 60) == 19
    )
    assert f"{hours(3e9, tokens, T4, 0.3):.1f}" == "7.9" and f"{hours(3e9, tokens, A100, 0.4):.1f}" == "1.2"
    assert (
        16 * 3e9 / 1e9 == 48
        and round(2 * 3e9 / 1e9 + 0.01 * 3e9 * 16 / 1e9, 2) == 6.48
        and 7e9 * 2 / 1e9 == 14
    )
    text = prose("free-gpus")
    for fact in [
        "40,000 / 32 = 1,250",
        "3,750 × 0.3 = 1,125 s",
        "about 48 GB",
        "about 6.5 GB",
        "14 of the 16 GB",
    ]:
        assert fact in text


def test_adam_keeps_two_states_per_parameter():
    net = nn.Linear(10, 10)
    optimizer = torch.optim.Adam(net.parameters())
    net(torch.randn(2, 10)).sum().backward()
    optimizer.step()
    state = [v for s in optimizer.state.values() for v in s.values() if v.dim() > 0]
    assert sum(v.numel() for v in state) == 2 * sum(p.numel() for p in net.parameters())


def test_free_gpus_quiz_and_bank_numbers():
    estimate = hours(1e9, 3e8, A100, 0.4)
    assert round(estimate, 1) == 4.0 and round(estimate * 3600) == 14423
    assert round(estimate / 6, 1) == 0.7 and round(hours(1e9, 3e8, A100, 1.0), 1) == 1.6
    assert correct_texts("free-gpus", "estimate-hours") == ["About 4.0 hours"]
    assert 1.3e9 * 16 / 1e9 == 20.8 and 1.3e9 * 4 / 1e9 == 5.2
    assert 2.0 / 0.25 == 8.0 and 2.0 * 0.25 == 0.5
    assert 7e9 * 2 / 1e9 == 14 and 7e9 * 0.5 / 1e9 == 3.5 and 7e9 * 4 / 1e9 == 28
    tokens = 20_000 * 128 * 4
    assert tokens == 10_240_000 and round(6 * 110e6 * tokens / 1e15, 2) == 6.76
    seconds = hours(110e6, tokens, T4, 0.3) * 3600
    assert round(seconds) == 347 and round(seconds / 60) == 6
    assert round(seconds / 6 / 60) == 1 and round(seconds * 0.3 / 60) == 2
    assert "about 347 s" in all_text("bank", "small-run-minutes")


def test_compute_budget_lab_numbers():
    card = (COURSE / "labs/tools-of-the-trade/lab-compute-budget.yaml").read_text()
    tokens = 50_000 * 512 * 5
    assert tokens == 128_000_000 and math.isclose(6 * 3e9 * tokens, 2.304e18)
    t4 = hours(3e9, tokens, T4, 0.3)
    assert round(t4 * 3600) == 118154 and f"{t4:.1f}" == "32.8" and round(t4) == 33
    assert f"{t4 * 4 / 6:.1f}" == "21.9" and f"{hours(3e9, tokens, A100, 0.4):.1f}" == "5.1"
    assert 3e9 * 2 / 1e9 == 6 and 3e9 * 16 / 1e9 == 48 and 2 / 5 == 0.4
    assert math.ceil(t4 / 12) == 3 and t4 > 30  # about three sessions; more than one week's quota
    for fact in ["118,154 s ≈ 32.8 h", "≈ 21.9 h", "≈ 5.1 h", "2.304e18", "48 GB", "6 GB", "40 %"]:
        assert fact in card


# --- lesson 4 ----------------------------------------------------------------------------------------------


def test_project_workflow_numbers(executed):
    namespace, _, _ = executed("project-workflow")
    assert tuple((torch.zeros(256, 1) - namespace["y"]).shape) == (256, 256)
    assert abs(namespace["shape_bug"][-1] - namespace["y"].var().item()) < 0.5
    assert abs(namespace["misaligned"][-1] - namespace["y"].var().item()) < 0.5
    assert all(math.isfinite(v) for v in namespace["clipped"])
    assert tuple((torch.zeros(32, 1) - torch.zeros(32)).shape) == (32, 32)
    assert correct_texts("project-workflow", "broadcast-shape") == ["`(32, 32)`"]


# --- exercise prompts ----------------------------------------------------------------------------------------


def test_exercise_prompt_examples():
    gpu = solution("gpu-hours")
    assert round(gpu.gpu_hours(125e6, 15.36e6, 65, 0.3), 4) == 0.1641
    assert round(gpu.gpu_hours(125e6, 15.36e6, 65, 0.3) * 3600) == 591
    assert math.isclose(6 * 125e6 * 15.36e6, 1.152e16)
    memory = solution("memory-estimate")
    assert memory.memory_gb(7_000_000_000, "float16", training=False) == 14.0
    assert memory.memory_gb(7_000_000_000, "float32", training=True) == 112.0
    bug = solution("broadcast-bug")
    pred, target = torch.tensor([[1.0], [2.0]]), torch.tensor([1.0, 4.0])
    assert bug.batch_mse(pred, target).item() == 2.0 and ((pred - target) ** 2).mean().item() == 3.5
    grads = solution("autograd-grads").mse_gradients(
        torch.tensor([[2.0]]), torch.tensor([0.0]), torch.tensor([[1.0], [2.0]]), torch.tensor([[1.0], [3.0]])
    )
    assert grads["loss"] == 1.0 and grads["weight"].item() == 3.0 and grads["bias"].item() == 2.0
    model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 4), nn.ReLU(), nn.Linear(4, 2))
    assert solution("freeze-count").count_trainable_after_freeze(model, 1) == 10
    assert not model[0].weight.requires_grad and model[4].weight.requires_grad
    pooled = solution("mean-pool").sentence_vectors(
        torch.tensor([[[3.0, 0.0], [1.0, 0.0], [9.0, 9.0]]]), torch.tensor([[1, 1, 0]])
    )
    assert torch.equal(pooled, torch.tensor([[1.0, 0.0]]))
    for name, figures in [
        ("gpu-hours", ["0.1641", "1.152·10¹⁶", "19.5·10¹²", "591 seconds"]),
        ("broadcast-bug", ["tensor(3.5000)"]),
    ]:
        text = (EXERCISES / name / "prompt.md").read_text()
        assert all(figure in text for figure in figures)

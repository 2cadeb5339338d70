"""Check spec for optim/adamw-step: first and later steps, no decay, strong decay, a zero gradient, tiny gradients."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, randn


def draw(generator, shape):
    return randn(generator, *shape) if shape else randn(generator, 1)[0]  # () -> a 0-dim tensor


def adamw_case(
    name,
    generator,
    shapes,
    step,
    weight_decay,
    *,
    lr=0.01,
    zero_grad=False,
    grad_scale=1.0,
    hidden=False,
    note="",
):
    first = step == 1
    g = grad_scale  # gradients of this size, and m and v to match (v holds squared gradients)
    args = {
        "params": [draw(generator, s) for s in shapes],
        "grads": [torch.zeros(s) if zero_grad else g * draw(generator, s) for s in shapes],
        "exp_avgs": [torch.zeros(s) if first else 0.1 * g * draw(generator, s) for s in shapes],
        "exp_avg_sqs": [torch.zeros(s) if first else 0.01 * g * g * draw(generator, s).abs() for s in shapes],
        "step": step,
        "lr": lr,
        "betas": (0.9, 0.999),
        "eps": 1e-8,
        "weight_decay": weight_decay,
    }
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield adamw_case("first step, decay 0.01", generator, [(3, 2), (3,)], 1, 0.01)
    yield adamw_case("step 4, decay 0.5", generator, [(2, 3)], 4, 0.5, lr=0.1, note="strong decay")
    yield adamw_case("no decay", generator, [(4,)], 2, 0.0, note="weight_decay = 0 is plain Adam")
    yield adamw_case(
        "zero gradient", generator, [(3,)], 1, 0.2, lr=0.1, zero_grad=True, note="only the decay moves p"
    )
    yield adamw_case(
        "tiny gradients",
        generator,
        [(2, 4)],
        3,
        0.01,
        grad_scale=1e-4,
        note="gradients near 1e-4, so v is near 1e-8: where eps goes matters",
    )
    yield adamw_case("hidden: two tensors", generator, [(3, 3), (1,)], 9, 0.1, lr=0.05, hidden=True)


def l2_coupled(got, expected, case):
    a = case.args
    if a["weight_decay"] == 0:
        return False
    b1, b2 = a["betas"]
    t = a["step"]
    for item, p, g, m, v in zip(got.items[0].items, a["params"], a["grads"], a["exp_avgs"], a["exp_avg_sqs"]):
        g = g + a["weight_decay"] * p
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        wrong = p - a["lr"] * (m / (1 - b1**t)) / ((v / (1 - b2**t)).sqrt() + a["eps"])
        if not item.tensor.allclose(wrong, rtol=1e-4, atol=1e-6):
            return False
    return True


CHECK = Check(
    entry="adamw_step",
    cases=cases,
    seed=204,
    tolerance={"float32": (1e-4, 1e-6)},
    bugs=(
        Bug(
            "l2-penalty",
            "You added weight_decay * p to the gradient: that is Adam with an L2 penalty, not AdamW. Decouple it: p = p * (1 - lr * weight_decay), and keep the gradient, m and v free of the decay.",
            l2_coupled,
        ),
    ),
)

"""Check spec for optim/adam-step: the first step from zero state, later steps, a large eps, a scalar."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, randn


def draw(generator, shape):
    return randn(generator, *shape) if shape else randn(generator, 1)[0]  # () -> a 0-dim tensor


def adam_case(name, generator, shapes, step, *, lr=0.01, betas=(0.9, 0.999), eps=1e-8, hidden=False, note=""):
    first = step == 1
    args = {
        "params": [draw(generator, s) for s in shapes],
        "grads": [draw(generator, s) for s in shapes],
        "exp_avgs": [torch.zeros(s) if first else 0.1 * draw(generator, s) for s in shapes],
        "exp_avg_sqs": [torch.zeros(s) if first else 0.01 * draw(generator, s).abs() for s in shapes],
        "step": step,
        "lr": lr,
        "betas": betas,
        "eps": eps,
    }
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield adam_case("first step", generator, [(3, 2), (3,)], 1, note="zero state, step = 1")
    yield adam_case("step 5", generator, [(2, 4)], 5, lr=0.1)
    yield adam_case("step 1000", generator, [(3,)], 1000, note="the bias corrections are almost 1 by now")
    yield adam_case("large eps", generator, [(4,)], 3, eps=0.1, note="eps is added after the square root")
    yield adam_case("a 0-dim parameter", generator, [()], 2, betas=(0.5, 0.9))
    yield adam_case(
        "hidden: three tensors", generator, [(2, 3), (3,), (1,)], 7, lr=0.003, betas=(0.8, 0.99), hidden=True
    )


def no_bias_correction(got, expected, case):
    a = case.args
    b1, b2 = a["betas"]
    for item, p, g, m, v in zip(got.items[0].items, a["params"], a["grads"], a["exp_avgs"], a["exp_avg_sqs"]):
        m = b1 * m + (1 - b1) * g
        v = b2 * v + (1 - b2) * g * g
        if not item.tensor.allclose(p - a["lr"] * m / (v.sqrt() + a["eps"]), rtol=1e-4, atol=1e-6):
            return False
    return True


CHECK = Check(
    entry="adam_step",
    cases=cases,
    seed=203,
    tolerance={"float32": (1e-4, 1e-6)},
    bugs=(
        Bug(
            "no-bias-correction",
            "Your parameters moved as if there were no bias correction. Divide m by 1 - beta1**step and v by 1 - beta2**step before the update.",
            no_bias_correction,
        ),
    ),
)

"""Check spec for optim/sgd-momentum: the first step (no buffers), later steps, momentum 0, a scalar."""

from torchdojo.grader.spec import Bug, Case, Check, randn


def draw(generator, shape):
    return randn(generator, *shape) if shape else randn(generator, 1)[0]  # () -> a 0-dim tensor


def momentum_case(name, generator, shapes, lr, momentum, *, first=False, hidden=False, note=""):
    args = {
        "params": [draw(generator, shape) for shape in shapes],
        "grads": [draw(generator, shape) for shape in shapes],
        "buffers": None if first else [draw(generator, shape) for shape in shapes],
        "lr": lr,
        "momentum": momentum,
    }
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield momentum_case(
        "first step",
        generator,
        [(3, 2), (3,)],
        0.05,
        0.9,
        first=True,
        note="buffers is None: each buffer starts as the gradient",
    )
    yield momentum_case(
        "a later step", generator, [(3, 2), (3,)], 0.05, 0.9, note="buffer = momentum * buffer + grad"
    )
    yield momentum_case(
        "momentum 0", generator, [(4,)], 0.2, 0.0, note="plain SGD: 0 · buffer + grad is the gradient itself"
    )
    yield momentum_case("a 0-dim parameter", generator, [()], 0.05, 0.5)
    yield momentum_case("hidden: three tensors", generator, [(2, 5), (5,), (1,)], 0.03, 0.99, hidden=True)


def buffers_match(got, case, grad_factor):
    """The learner's buffers equal momentum * old + grad_factor * grad (old: zeros on the first step)."""
    a = case.args
    old = a["buffers"] if a["buffers"] is not None else [g * 0 for g in a["grads"]]
    buffers = got.items[1].items
    wanted = [a["momentum"] * b + grad_factor * g for b, g in zip(old, a["grads"])]
    return all(
        item.shape == w.shape and item.tensor.allclose(w, rtol=1e-4, atol=1e-6)
        for item, w in zip(buffers, wanted)
    )


def lr_in_buffer(got, expected, case):
    return buffers_match(got, case, case.args["lr"])


def dampened(got, expected, case):
    return buffers_match(got, case, 1 - case.args["momentum"])


CHECK = Check(
    entry="sgd_momentum_step",
    cases=cases,
    seed=202,
    tolerance={"float32": (1e-5, 1e-6)},
    bugs=(
        Bug(
            "lr-in-buffer",
            "Your buffer is momentum * buffer + lr * grad. PyTorch's buffer holds raw gradients, momentum * buffer + grad, and lr multiplies it only in the parameter update.",
            lr_in_buffer,
        ),
        Bug(
            "dampened",
            "Your buffer is momentum · buffer + (1 − momentum) · grad (dampening); PyTorch's default SGD adds the raw gradient: momentum · buffer + grad.",
            dampened,
        ),
    ),
)

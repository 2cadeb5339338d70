"""Check spec for optim/sgd-step: matrices, vectors and scalars, weight decay, an empty list."""

from torchdojo.grader.spec import Case, Check, randn


def draw(generator, shape):
    return randn(generator, *shape) if shape else randn(generator, 1)[0]  # () -> a 0-dim tensor


def step_case(name, generator, shapes, lr, weight_decay=None, *, hidden=False, note=""):
    args = {
        "params": [draw(generator, shape) for shape in shapes],
        "grads": [draw(generator, shape) for shape in shapes],
        "lr": lr,
    }
    if weight_decay is not None:
        args["weight_decay"] = weight_decay
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield step_case("a weight and a bias", generator, [(3, 2), (3,)], lr=0.1)
    yield step_case("a 0-dim parameter", generator, [()], lr=0.5, note="a scalar parameter is still a tensor")
    yield step_case("weight decay 0.1", generator, [(2, 2), (2,)], lr=0.05, weight_decay=0.1)
    yield Case("no parameters", {"params": [], "grads": [], "lr": 0.1}, note="an empty list")
    yield step_case(
        "hidden: three tensors", generator, [(4, 3), (4,), (1, 4)], lr=0.01, weight_decay=0.5, hidden=True
    )


CHECK = Check(entry="sgd_step", cases=cases, seed=201, tolerance={"float32": (1e-5, 1e-6)})

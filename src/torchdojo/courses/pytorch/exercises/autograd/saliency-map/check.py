"""Check spec for autograd/saliency-map: MLP classifiers, B = 1; every parameter's .grad must stay None."""

import torch

from torchdojo.grader.spec import Bug, Build, Case, Check, randint, randn


def sal_case(name, generator, sizes, b, *, seed, hidden=False, note=""):
    args = {
        "model": Build("mlp", sizes=sizes, seed=seed, activation="tanh"),
        "x": randn(generator, b, sizes[0]),
        "target": randint(generator, 0, sizes[-1], b),
    }
    return Case(name, args, hidden=hidden, note=note, observe=("grads:model",))


def cases(generator):
    yield sal_case("5-8-3, B=4", generator, [5, 8, 3], 4, seed=1)
    yield sal_case("one sample", generator, [4, 6, 2], 1, seed=2, note="B = 1")
    yield sal_case("deeper", generator, [3, 10, 10, 4], 6, seed=3)
    yield sal_case("hidden wide", generator, [16, 32, 10], 12, seed=4, hidden=True)


ALL_LOGITS = {}  # case name -> |d(sum of every logit)/dx|: computed once, not on every grading


def all_logits(got, expected, case):
    """The gradient of the sum of every logit, not only the target's."""
    if case.name not in ALL_LOGITS:
        from torchdojo.grader import recipes

        with torch.random.fork_rng(devices=[]):  # the mlp recipe seeds the global generator
            model = recipes.build("mlp", dict(case.args["model"].kwargs))
        x = case.args["x"].clone().requires_grad_(True)
        (grad,) = torch.autograd.grad(model(x).sum(), x)
        ALL_LOGITS[case.name] = grad.abs()
    wrong = ALL_LOGITS[case.name]
    return got.shape == expected.shape and torch.allclose(got.tensor, wrong, rtol=1e-4, atol=1e-6)


CHECK = Check(
    entry="saliency",
    cases=cases,
    seed=309,
    tolerance={"float32": (1e-4, 1e-6)},
    bugs=(
        Bug(
            "all-logits",
            "You differentiated the sum of all logits: pick each sample's target logit first (logits.gather(1, target[:, None])).",
            all_logits,
        ),
    ),
)

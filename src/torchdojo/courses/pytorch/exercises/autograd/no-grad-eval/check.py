"""Check spec for autograd/no-grad-eval: MLP classifiers, B = 1; the result must carry no autograd graph."""

from torchdojo.grader.spec import Build, Case, Check, randint, randn


def eval_case(name, generator, sizes, b, *, seed, hidden=False, note=""):
    args = {
        "model": Build("mlp", sizes=sizes, seed=seed),
        "x": randn(generator, b, sizes[0]),
        "y": randint(generator, 0, sizes[-1], b),
    }
    return Case(name, args, hidden=hidden, note=note, observe=("state:model",))


def cases(generator):
    yield eval_case("4-8-3 classifier, B=6", generator, [4, 8, 3], 6, seed=1)
    yield eval_case("one sample", generator, [5, 4], 1, seed=2, note="B = 1")
    yield eval_case("deeper", generator, [3, 16, 16, 5], 10, seed=3)
    yield eval_case("hidden wide", generator, [12, 32, 10], 32, seed=4, hidden=True)


CHECK = Check(entry="evaluate", cases=cases, seed=305)

"""Check spec for training/grad-accumulation: the final weights equal one step on the full batch."""

from torchdojo.grader.spec import Build, Case, Check, Ref, randn


def accumulation_case(name, generator, sizes, batch, k, *, lr=0.1, hidden=False, note=""):
    args = {
        "model": Build("mlp", sizes=sizes, seed=batch + k),
        "x": randn(generator, batch, sizes[0]),
        "y": randn(generator, batch, sizes[-1]),
        "criterion": Build("criterion", name="mse"),
        "optimizer": Build("optimizer", params_of=Ref("model"), name="sgd", lr=lr),
        "micro_batches": k,
    }
    return Case(name, args, hidden=hidden, observe=("state:model",), note=note)


def cases(generator):
    yield accumulation_case("8 rows in 4 pieces", generator, [3, 6, 1], 8, 4)
    yield accumulation_case(
        "one piece", generator, [2, 4, 1], 6, 1, note="micro_batches = 1 is an ordinary step"
    )
    yield accumulation_case("one row per piece", generator, [3, 5, 1], 3, 3)
    yield accumulation_case("hidden: deeper", generator, [5, 16, 8, 1], 12, 3, lr=0.5, hidden=True)


CHECK = Check(
    entry="accumulated_step",
    cases=cases,
    seed=303,
    tolerance={"float32": (1e-4, 1e-6)},
    bugs=("step-before-backward", "zero-grad-after-backward"),
)

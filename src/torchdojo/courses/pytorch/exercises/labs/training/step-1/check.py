"""Check spec for labs/training/step-1: one step on models and batches the grader builds."""

from torchdojo.grader.spec import Build, Case, Check, Ref, randn


def step_case(name, generator, sizes, batch, hidden=False):
    args = {
        "model": Build("mlp", sizes=sizes, seed=len(name)),
        "x": randn(generator, batch, sizes[0]),
        "y": randn(generator, batch, sizes[-1]),
        "criterion": Build("criterion", name="mse"),
        "optimizer": Build("optimizer", params_of=Ref("model"), name="sgd", lr=0.1),
    }
    return Case(name, args, hidden=hidden, observe=("state:model",))


def cases(generator):
    yield step_case("3 → 8 → 1, batch of 8", generator, [3, 8, 1], 8)
    yield step_case("5 → 2, batch of 4", generator, [5, 2], 4)
    yield step_case("hidden: deeper", generator, [6, 16, 16, 1], 16, hidden=True)


CHECK = Check(
    entry="train_step",
    cases=cases,
    tolerance={"float32": (1e-4, 1e-5)},
    float_tolerance=(1e-4, 1e-6),
    bugs=(
        "step-before-backward",
        "zero-grad-after-backward",
        "zero-grad-missing",
        "eval-mode",
        "loss-graph-kept",
        "loss-tensor-returned",
    ),
)

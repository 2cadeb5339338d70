"""Check spec for training/overfit-one-batch: the loss curve, the final weights, and the training events."""

from torchdojo.grader.spec import Build, Case, Check, Ref, randn


def overfit_case(
    name,
    generator,
    sizes,
    batch,
    steps,
    *,
    eval_mode=False,
    dropout=0.0,
    optimizer="sgd",
    lr=0.1,
    hidden=False,
    note="",
):
    args = {
        "model": Build("mlp", sizes=sizes, seed=batch * steps, eval_mode=eval_mode, dropout=dropout),
        "x": randn(generator, batch, sizes[0]),
        "y": randn(generator, batch, sizes[-1]),
        "criterion": Build("criterion", name="mse"),
        "optimizer": Build("optimizer", params_of=Ref("model"), name=optimizer, lr=lr),
        "steps": steps,
    }
    return Case(name, args, hidden=hidden, observe=("state:model",), note=note)


def cases(generator):
    yield overfit_case("3 SGD steps", generator, [3, 8, 1], 4, 3)
    yield overfit_case(
        "model arrives in eval mode",
        generator,
        [4, 8, 1],
        6,
        2,
        eval_mode=True,
        dropout=0.1,
        note="call model.train()",
    )
    yield overfit_case("one step", generator, [2, 4, 1], 3, 1, note="steps = 1")
    yield overfit_case("Adam", generator, [3, 6, 1], 5, 2, optimizer="adam", lr=0.01)
    yield overfit_case("hidden: 3 steps", generator, [5, 16, 1], 8, 3, hidden=True)


CHECK = Check(
    entry="overfit_batch",
    cases=cases,
    seed=305,
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
    extras=("loss-curve",),
)

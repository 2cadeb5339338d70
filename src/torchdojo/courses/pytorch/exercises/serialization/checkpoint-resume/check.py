"""Check spec for serialization/checkpoint-resume: Adam runs split in two; the resumed weights are compared."""

from torchdojo.grader.spec import Build, Case, Check, Ref, randn


def resume_case(
    name, generator, sizes, first_batches, second_batches, batch_size, *, lr=0.01, hidden=False, note=""
):
    def loader(batches):
        x = randn(generator, batches * batch_size, sizes[0])
        return Build("loader", x=x, y=randn(generator, batches * batch_size, 1), batch_size=batch_size)

    args = {
        "model": Build("mlp", sizes=sizes, seed=1),
        "optimizer": Build("optimizer", params_of=Ref("model"), name="adam", lr=lr),
        "first": loader(first_batches),
        "resumed_model": Build("mlp", sizes=sizes, seed=2),
        "resumed_optimizer": Build("optimizer", params_of=Ref("resumed_model"), name="adam", lr=lr),
        "second": loader(second_batches),
        "criterion": Build("criterion", name="mse"),
    }
    return Case(name, args, hidden=hidden, observe=("state:resumed_model",), note=note)


def cases(generator):
    yield resume_case(
        "1 batch, then 2",
        generator,
        [4, 6, 1],
        1,
        2,
        5,
        lr=0.05,
        note="Adam's step count is 1 at the checkpoint",
    )
    yield resume_case("hidden: one linear layer, 2 batches then 1", generator, [6, 1], 2, 1, 6, hidden=True)


CHECK = Check(
    entry="train_and_resume",
    cases=cases,
    seed=402,
    tolerance={"float32": (1e-4, 1e-6)},
    bugs=("step-before-backward", "zero-grad-missing"),
)

"""Check spec for labs/evaluation/step-4: the model's final state must be the checkpoint's weights."""

from torchdojo.grader.spec import Build, Case, Check, randn


def checkpoint_case(name, generator, sizes, epoch, hidden=False):
    weights = {}
    for index, (width_in, width_out) in enumerate(zip(sizes[:-1], sizes[1:])):
        layer = 2 * index  # mlp layers: Linear, ReLU, Linear, …
        weights[f"{layer}.weight"] = randn(generator, width_out, width_in)
        weights[f"{layer}.bias"] = randn(generator, width_out)
    args = {"model": Build("mlp", sizes=sizes, seed=1), "checkpoint": {"model": weights, "epoch": epoch}}
    return Case(name, args, hidden=hidden, observe=("state:model", "training:model"))


def cases(generator):
    yield checkpoint_case("4 → 8 → 2 at epoch 7", generator, [4, 8, 2], 7)
    yield checkpoint_case("3 → 1 at epoch 0", generator, [3, 1], 0)
    yield checkpoint_case("hidden: deeper", generator, [6, 10, 10, 3], 42, hidden=True)


CHECK = Check(entry="load_checkpoint", cases=cases, exact=True)

"""Check spec for tools-of-the-trade/freeze-count: keep 1, 2, none or all of an MLP's Linear layers trainable."""

from torchdojo.grader.spec import Bug, Build, Case, Check


def layer_sizes(case):
    """Parameter elements per Linear layer: weight (out, in) + bias (out,)."""
    sizes = case.args["model"].kwargs["sizes"]
    return [width_in * width_out + width_out for width_in, width_out in zip(sizes[:-1], sizes[1:])]


def counted_everything(got, expected, case):
    return got == sum(layer_sizes(case))


def minus_zero(got, expected, case):
    return case.args["train_last"] == 0 and got == sum(layer_sizes(case))


def kept_the_first(got, expected, case):
    k = case.args["train_last"]
    return 0 < k < len(layer_sizes(case)) and got == sum(layer_sizes(case)[:k])


def counted_tensors(got, expected, case):
    return got == 2 * min(case.args["train_last"], len(layer_sizes(case))) != expected


def cases(generator):
    yield Case("keep the head", {"model": Build("mlp", sizes=[8, 16, 4, 2]), "train_last": 1})
    yield Case("keep two layers", {"model": Build("mlp", sizes=[10, 32, 16, 3]), "train_last": 2})
    yield Case(
        "freeze everything",
        {"model": Build("mlp", sizes=[6, 12, 2]), "train_last": 0},
        note="train_last=0: nothing trains",
    )
    yield Case(
        "freeze nothing",
        {"model": Build("mlp", sizes=[5, 7, 1]), "train_last": 5},
        note="train_last is larger than the number of Linear layers",
    )
    yield Case(
        "already frozen layer",
        {"model": Build("mlp", sizes=[4, 9, 6, 2], frozen=[2]), "train_last": 1},
        note="the last layer arrives frozen; you are asked to train it",
    )
    yield Case(
        "hidden: deep MLP", {"model": Build("mlp", sizes=[16, 64, 64, 32, 10]), "train_last": 3}, hidden=True
    )


CHECK = Check(
    entry="count_trainable_after_freeze",
    cases=cases,
    seed=4,
    exact=True,
    bugs=(
        Bug(
            "minus-zero",
            "With train_last=0 everything came back trainable: a slice like linears[-0:] is the whole list, not an empty one. Compare indices with len(linears) - train_last instead.",
            minus_zero,
        ),
        Bug(
            "counted-everything",
            "Your count includes the frozen layers: count only parameters with p.requires_grad (and check you froze them at all).",
            counted_everything,
        ),
        Bug(
            "kept-the-first",
            "You kept the first layers trainable: fine-tuning trains the last ones (the head) and freezes the body.",
            kept_the_first,
        ),
        Bug(
            "counted-tensors",
            "You counted parameter tensors, not the numbers inside them: add up p.numel().",
            counted_tensors,
        ),
    ),
)

"""Check spec for first-model/count-parameters: MLPs (some layers frozen), a BatchNorm model with buffers and a
model with tied weights."""

from torchdojo.grader.spec import Bug, Build, Case, Check


def linear_counts(sizes):
    """Elements per Linear layer of an MLP with these sizes: weight (out, in) + bias (out,)."""
    return [width_in * width_out + width_out for width_in, width_out in zip(sizes[:-1], sizes[1:])]


def all_elements(case):
    """Every parameter element, trainable or not (the count when requires_grad is ignored)."""
    model = case.args["model"]
    if model.recipe == "tied":  # the shared weight once, plus the read-out's bias
        return model.kwargs["vocab"] * model.kwargs["dim"] + model.kwargs["vocab"]
    sizes = model.kwargs["sizes"]
    if model.recipe == "with_buffers":
        return sum(linear_counts(sizes)) + 2 * sizes[1]  # + BatchNorm weight and bias
    return sum(linear_counts(sizes))


def tensor_count(case):
    """How many trainable parameter tensors there are (two per Linear, two per BatchNorm)."""
    model = case.args["model"]
    if model.recipe == "tied":
        return 2  # the shared weight and the read-out's bias
    layers = len(model.kwargs["sizes"]) - 1
    if model.recipe == "with_buffers":
        return 2 * layers + 2
    return 2 * (layers - len(model.kwargs.get("frozen") or []))


def buffer_elements(case):
    """running_mean + running_var (one value per feature) + num_batches_tracked (one value)."""
    model = case.args["model"]
    return 2 * model.kwargs["sizes"][1] + 1 if model.recipe == "with_buffers" else 0


def shared_elements(case):
    """Elements of a tensor that two layers share (counted twice by a per-layer sum)."""
    model = case.args["model"]
    return model.kwargs["vocab"] * model.kwargs["dim"] if model.recipe == "tied" else 0


def counted_shared_twice(got, expected, case):
    return shared_elements(case) > 0 and got == expected + shared_elements(case)


def counted_frozen(got, expected, case):
    return bool(case.args["model"].kwargs.get("frozen")) and got == all_elements(case)


def counted_tensors(got, expected, case):
    return got == tensor_count(case) != expected


def counted_buffers(got, expected, case):
    return buffer_elements(case) > 0 and got == all_elements(case) + buffer_elements(case)


def cases(generator):
    yield Case("MLP 8 → 64 → 32 → 1", {"model": Build("mlp", sizes=[8, 64, 32, 1])})
    yield Case(
        "tiny MLP 2 → 1", {"model": Build("mlp", sizes=[2, 1])}, note="one Linear layer: 2 weights + 1 bias"
    )
    yield Case(
        "BatchNorm model",
        {"model": Build("with_buffers", sizes=[6, 10, 3])},
        note="Linear(6, 10) → BatchNorm1d(10) → ReLU → Linear(10, 3): the BatchNorm buffers are not parameters",
    )
    yield Case(
        "first layer frozen",
        {"model": Build("mlp", sizes=[8, 64, 32, 1], frozen=[0])},
        note="layer 0 has requires_grad=False",
    )
    yield Case(
        "two of three layers frozen",
        {"model": Build("mlp", sizes=[5, 7, 3, 2], frozen=[0, 2])},
        note="layers 0 and 2 are frozen",
    )
    yield Case(
        "tied weights",
        {"model": Build("tied", vocab=12, dim=5)},
        note="Embedding(12, 5) → Linear(5, 12) whose weight is the embedding's: a shared tensor counts once",
    )
    yield Case(
        "hidden: wide frozen MLP", {"model": Build("mlp", sizes=[16, 128, 64, 10], frozen=[1])}, hidden=True
    )
    yield Case("hidden: BatchNorm model", {"model": Build("with_buffers", sizes=[3, 4, 1])}, hidden=True)


CHECK = Check(
    entry="count_parameters",
    cases=cases,
    seed=3,
    exact=True,
    bugs=(
        Bug(
            "counts-tensors",
            "You counted parameter tensors, not the numbers inside them: add up p.numel() for each tensor.",
            counted_tensors,
        ),
        Bug(
            "counts-buffers",
            "Your count includes buffers (BatchNorm's running_mean, running_var, num_batches_tracked): state_dict() holds them, but they are not parameters. Iterate over model.parameters().",
            counted_buffers,
        ),
        Bug(
            "counts-frozen",
            "Your count includes frozen parameters (requires_grad=False): keep only those with p.requires_grad.",
            counted_frozen,
        ),
        Bug(
            "counts-shared-twice",
            "Your count includes a shared weight twice: the read-out layer reuses the embedding's weight tensor. model.parameters() yields each tensor once; summing layer by layer, over state_dict(), or over named_parameters(remove_duplicate=False) counts it again.",
            counted_shared_twice,
        ),
    ),
)

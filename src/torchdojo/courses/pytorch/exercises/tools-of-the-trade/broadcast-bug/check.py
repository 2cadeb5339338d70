"""Check spec for tools-of-the-trade/broadcast-bug: (B,) and (B, 1) targets, B = 1, a hidden large batch."""

from torchdojo.grader.spec import Bug, Case, Check, randn


def broadcast(got, expected, case):
    """The learner's loss equals the all-pairs (B, B) mean: the bug the exercise is about."""
    pred, target = case.args["pred"], case.args["target"]
    pairs = ((pred.reshape(-1, 1) - target.reshape(1, -1)) ** 2).mean()
    return (
        getattr(got, "tensor", None) is not None
        and got.tensor.numel() == 1
        and bool((got.tensor.reshape(()) - pairs).abs() <= 1e-5 * (1 + pairs.abs()))
    )


def cases(generator):
    yield Case("B = 4, target (B,)", {"pred": randn(generator, 4, 1), "target": randn(generator, 4)})
    yield Case(
        "B = 6, target (B, 1)",
        {"pred": randn(generator, 6, 1), "target": randn(generator, 6, 1)},
        note="target already has the trailing dimension",
    )
    yield Case(
        "B = 1", {"pred": randn(generator, 1, 1), "target": randn(generator, 1)}, note="a single sample"
    )
    yield Case(
        "B = 32, target (B,)",
        {"pred": randn(generator, 32, 1, scale=3.0), "target": randn(generator, 32, scale=3.0)},
    )
    yield Case(
        "hidden: B = 100", {"pred": randn(generator, 100, 1), "target": randn(generator, 100)}, hidden=True
    )
    yield Case(
        "hidden: B = 3, (B, 1)",
        {"pred": randn(generator, 3, 1), "target": randn(generator, 3, 1)},
        hidden=True,
    )


CHECK = Check(
    entry="batch_mse",
    cases=cases,
    seed=13,
    bugs=(
        Bug(
            "broadcast",
            "Your loss averages every prediction against every target: (B, 1) minus (B,) broadcasts to (B, B). Give both the same shape first (pred.reshape(-1) - target.reshape(-1)).",
            broadcast,
        ),
    ),
)

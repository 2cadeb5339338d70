"""Check spec for tools-of-the-trade/autograd-grads: random layers, one sample, one output, a wide hidden case."""

from torchdojo.grader.spec import Bug, Case, Check, randn


def layer_case(name, generator, batch, inputs, outputs, *, hidden=False, note=""):
    args = {
        "weight": randn(generator, outputs, inputs),
        "bias": randn(generator, outputs),
        "x": randn(generator, batch, inputs),
        "y": randn(generator, batch, outputs),
    }
    return Case(name, args, hidden=hidden, note=note)


def scaled(factor_of):
    """A bug test: the weight gradient is the reference times a factor computed from the case."""

    def test(got, expected, case):
        got_weight, want_weight = got.get("weight"), expected.get("weight")
        if getattr(got_weight, "tensor", None) is None or got_weight.shape != want_weight.shape:
            return False
        factor = factor_of(case)
        return factor != 1 and bool(
            (got_weight.tensor - factor * want_weight.tensor).abs().max()
            <= 1e-4 * (1 + want_weight.tensor.abs().max())
        )

    return test


def entries(case):
    batch, outputs = case.args["y"].shape
    return batch * outputs


def cases(generator):
    yield layer_case("batch 8, 3 → 2", generator, 8, 3, 2)
    yield layer_case("one sample", generator, 1, 4, 3, note="B = 1")
    yield layer_case("one output", generator, 6, 5, 1, note="O = 1: weight is (1, 5), bias is (1,)")
    yield layer_case("batch 16, 10 → 4", generator, 16, 10, 4)
    yield layer_case("hidden: wide", generator, 32, 20, 7, hidden=True)


CHECK = Check(
    entry="mse_gradients",
    cases=cases,
    seed=21,
    float_tolerance=(1e-5, 1e-6),
    bugs=(
        Bug(
            "summed",
            "Your gradients are B × O times too large: the loss was summed, not averaged. Use .mean() over all entries.",
            scaled(entries),
        ),
        Bug(
            "accumulated",
            "Your gradients are exactly twice the reference: backward() ran twice and gradients accumulate into .grad. Call it once (or zero the grads in between).",
            scaled(lambda case: 2),
        ),
    ),
)

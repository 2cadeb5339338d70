"""Check spec for tools-of-the-trade/memory-estimate: every dtype, inference and training, tiny and huge models."""

from torchdojo.grader.spec import Bug, Case, Check

BYTES = {"float32": 4, "float16": 2, "bfloat16": 2, "int8": 1}


def off_by(factor_of):
    def test(got, expected, case):
        factor = factor_of(case)
        if not isinstance(got, (int, float)) or expected == 0 or abs(factor - 1) < 1e-9:
            return False
        return abs(got - expected * factor) <= 1e-6 * abs(expected * factor)

    return test


def cases(generator):
    yield Case("7B fp16 inference", {"n_params": 7_000_000_000, "dtype": "float16", "training": False})
    yield Case("7B fp32 training", {"n_params": 7_000_000_000, "dtype": "float32", "training": True})
    yield Case("MiniLM fp32 inference", {"n_params": 22_713_216, "dtype": "float32", "training": False})
    yield Case("3B bf16 training", {"n_params": 3_000_000_000, "dtype": "bfloat16", "training": True})
    yield Case("1B int8 inference", {"n_params": 1_000_000_000, "dtype": "int8", "training": False})
    yield Case("no parameters", {"n_params": 0, "dtype": "float32", "training": True}, note="n_params = 0")
    yield Case(
        "hidden: 125M fp32 training",
        {"n_params": 125_000_000, "dtype": "float32", "training": True},
        hidden=True,
    )
    yield Case(
        "hidden: 13B int8", {"n_params": 13_000_000_000, "dtype": "int8", "training": False}, hidden=True
    )


CHECK = Check(
    entry="memory_gb",
    cases=cases,
    seed=0,
    float_tolerance=(1e-9, 1e-12),
    bugs=(
        Bug(
            "gibibytes",
            "Your answer is in GiB (2**30 bytes): the task asks for GB, 10**9 bytes. Divide by 1e9.",
            off_by(lambda case: 1e9 / 2**30),
        ),
        Bug(
            "bits",
            "Your answer is 8 times too large: you counted bits per value, not bytes (float32 is 32 bits = 4 bytes).",
            off_by(lambda case: 8),
        ),
        Bug(
            "no-optimizer-state",
            "For training you counted weights and gradients only: Adam adds two more tensors the size of the weights (exp_avg and exp_avg_sq), four copies in all.",
            off_by(lambda case: 0.5 if case.args["training"] else 1),
        ),
        Bug(
            "dtype-ignored",
            "Your answer assumes 4 bytes per value whatever the dtype: float16 and bfloat16 take 2 bytes, int8 takes 1.",
            off_by(lambda case: 4 / BYTES[case.args["dtype"]]),
        ),
    ),
)

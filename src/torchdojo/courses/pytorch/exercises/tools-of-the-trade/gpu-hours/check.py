"""Check spec for tools-of-the-trade/gpu-hours: small and large runs, full utilization, zero tokens.

The expected numbers come from the reference solution at grading time; the bug tests below name the usual unit
slips by the factor between the learner's answer and the reference.
"""

from torchdojo.grader.spec import Bug, Case, Check


def off_by(factor_of):
    def test(got, expected, case):
        factor = factor_of(case)
        if not isinstance(got, (int, float)) or expected == 0 or abs(factor - 1) < 1e-9:
            return False
        return abs(got - expected * factor) <= 1e-6 * abs(expected * factor)

    return test


def run(n_params, n_tokens, peak_tflops, utilization):
    return {
        "n_params": n_params,
        "n_tokens": n_tokens,
        "peak_tflops": peak_tflops,
        "utilization": utilization,
    }


def cases(generator):
    yield Case("125M model on a T4", run(125e6, 15.36e6, 65.0, 0.3), note="the prompt's example")
    yield Case("3B model, 128M tokens, T4", run(3e9, 128e6, 65.0, 0.3))
    yield Case("same run on an A100", run(3e9, 128e6, 312.0, 0.4), note="A100: 312 TFLOP/s in bf16")
    yield Case("integer inputs", run(22_713_216, 2_000_000, 19, 0.25), note="ints in, a float out")
    yield Case("perfect utilization", run(1e9, 1e9, 100.0, 1.0), note="utilization = 1.0")
    yield Case("no tokens", run(7e9, 0, 65.0, 0.3), note="zero tokens cost zero hours")
    yield Case("hidden: large pre-training run", run(70e9, 2e12, 989.0, 0.4), hidden=True)
    yield Case("hidden: tiny model", run(641, 5_000, 8.1, 0.05), hidden=True)


CHECK = Check(
    entry="gpu_hours",
    cases=cases,
    seed=0,
    float_tolerance=(1e-9, 1e-12),
    bugs=(
        Bug(
            "no-factor-6",
            "Your estimate is 6 times too small: N·D counts one multiply-add per parameter per token, but training costs about 6·N·D FLOPs (forward 2·N·D, backward about 4·N·D).",
            off_by(lambda case: 1 / 6),
        ),
        Bug(
            "forward-only",
            "Your estimate is a third of the reference: 2·N·D is the cost of the forward pass alone; the backward pass costs about twice as much, so training is 6·N·D.",
            off_by(lambda case: 1 / 3),
        ),
        Bug(
            "tflops-as-flops",
            "Your estimate is off by a factor of 10^12: peak_tflops is in TFLOP/s, so multiply it by 1e12 to get FLOP/s before dividing.",
            off_by(lambda case: 1e12),
        ),
        Bug(
            "ignored-utilization",
            "Your estimate assumes the GPU runs at its full peak: divide by utilization too (a run at 30 % of peak takes 1/0.3 times longer).",
            off_by(lambda case: case.args["utilization"]),
        ),
        Bug(
            "seconds",
            "Your answer is in seconds: divide by 3600 for hours.",
            off_by(lambda case: 3600),
        ),
    ),
)

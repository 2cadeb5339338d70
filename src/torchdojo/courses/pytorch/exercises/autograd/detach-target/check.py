"""Check spec for autograd/detach-target: random problems, N = 1, gamma 0 and near 1, float64."""

import torch

from torchdojo.grader.spec import Bug, Case, Check, noncontiguous, randn


def td_case(name, generator, n, d, gamma, *, dtype=torch.float32, hidden=False, note=""):
    args = {
        "w": randn(generator, d, dtype=dtype),
        "states": randn(generator, n, d, dtype=dtype),
        "rewards": randn(generator, n, dtype=dtype),
        "next_states": randn(generator, n, d, dtype=dtype),
        "gamma": gamma,
    }
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield td_case("N=6, D=3, gamma 0.9", generator, 6, 3, 0.9)
    yield td_case("N=4, D=5, gamma 0.5", generator, 4, 5, 0.5)
    yield td_case("one transition", generator, 1, 4, 0.99, note="N = 1")
    yield td_case("gamma 0", generator, 5, 2, 0.0, note="gamma = 0: the target is just the reward")
    yield td_case("float64", generator, 7, 3, 0.8, dtype=torch.float64, note="float64 in, float64 out")
    yield td_case("hidden: bigger", generator, 32, 8, 0.95, hidden=True)
    yield Case(
        "non-contiguous states",
        {
            "w": randn(generator, 3),
            "states": noncontiguous(randn(generator, 4, 3)),
            "rewards": randn(generator, 4),
            "next_states": randn(generator, 4, 3),
            "gamma": 0.9,
        },
        note="a transposed view",
    )


def plain(value):
    """A case argument as a tensor (non-contiguous views travel as Build("noncontiguous", tensor=...))."""
    return value.kwargs["tensor"] if hasattr(value, "kwargs") else value


def through_target(got, expected, case):
    """The gradient when the target is differentiated too: 2/N (s - γ s')ᵀ (s w - r - γ s' w)."""
    a = {key: plain(value) for key, value in case.args.items()}
    a = {key: value.double() if isinstance(value, torch.Tensor) else value for key, value in a.items()}
    error = a["states"] @ a["w"] - a["rewards"] - a["gamma"] * (a["next_states"] @ a["w"])  # (N,)
    full = 2 / len(error) * (a["states"] - a["gamma"] * a["next_states"]).T @ error  # (D,)
    return (
        case.args["gamma"] != 0
        and got.shape == expected.shape
        and torch.allclose(got.tensor.double(), full, rtol=1e-4, atol=1e-5)
    )


CHECK = Check(
    entry="td_gradient",
    cases=cases,
    seed=23,
    tolerance={"float32": (1e-4, 1e-5)},
    bugs=(
        Bug(
            "gradient-through-target",
            "Your gradient also flows through the target r + γ·v(s'): compute the target under torch.no_grad() or .detach() it, so it is a constant.",
            through_target,
        ),
    ),
)

"""Check spec for tools-of-the-trade/seed-everything: several seeds, a repeated seed, seed 0.

The sandbox seeds torch's generator with 0 before every case and leaves Python's and NumPy's generators in
whatever state earlier cases left them, so a generator the learner forgot to seed shows up as wrong numbers.
"""

from torchdojo.grader.spec import Bug, Case, Check


def differs(key):
    def test(got, expected, case):
        value, want = got.get(key), expected.get(key)
        if key == "torch":
            return (
                getattr(value, "tensor", None) is not None
                and value.shape == want.shape
                and not bool((value.tensor == want.tensor).all())
            )
        return isinstance(value, float) and value != want

    return test


def cases(generator):
    yield Case("seed 7", {"seed": 7})
    yield Case("seed 1234", {"seed": 1234})
    yield Case("seed 7 again", {"seed": 7}, note="the same seed must give the same draws")
    yield Case("seed 99", {"seed": 99})
    yield Case("hidden: seed 2024", {"seed": 2024}, hidden=True)


CHECK = Check(
    entry="reproducible_draws",
    cases=cases,
    seed=0,
    float_tolerance=(0.0, 0.0),
    exact=True,
    bugs=(
        Bug(
            "python-unseeded",
            "The 'python' draw is not the one random.seed(seed) produces: seed Python's random module in seed_everything.",
            differs("python"),
        ),
        Bug(
            "numpy-unseeded",
            "The 'numpy' draw is not the one np.random.seed(seed) produces: seed NumPy's global generator (np.random.seed, not a separate default_rng that nothing else uses).",
            differs("numpy"),
        ),
        Bug(
            "torch-unseeded",
            "The 'torch' draw is not the one torch.manual_seed(seed) produces: seed PyTorch's generator in seed_everything.",
            differs("torch"),
        ),
    ),
)

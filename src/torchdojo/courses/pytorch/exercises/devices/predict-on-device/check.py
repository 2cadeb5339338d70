"""Check spec for devices/predict-on-device: MLPs with dropout, B = 1, a meta-device case; watches eval mode."""

from torchdojo.grader.spec import Build, Case, Check, randn


def cases(generator):
    yield Case(
        "MLP 4-16-3, B=5",
        {
            "model": Build("mlp", sizes=[4, 16, 3], dropout=0.5, seed=1),
            "x": randn(generator, 5, 4),
            "device": "cpu",
        },
        observe=("training:model",),
    )
    yield Case(
        "one sample",
        {
            "model": Build("mlp", sizes=[3, 8, 8, 2], dropout=0.3, seed=2),
            "x": randn(generator, 1, 3),
            "device": "cpu",
        },
        observe=("training:model",),
        note="B = 1",
    )
    yield Case(
        "on the meta device",
        {
            "model": Build("mlp", sizes=[4, 6, 2], dropout=0.5, seed=3),
            "x": randn(generator, 3, 4),
            "device": "meta",
        },
        note="model and input must both move to 'meta'",
    )
    yield Case(
        "hidden wider",
        {
            "model": Build("mlp", sizes=[10, 32, 4], dropout=0.5, seed=4),
            "x": randn(generator, 16, 10),
            "device": "cpu",
        },
        observe=("training:model",),
        hidden=True,
    )


CHECK = Check(entry="predict", cases=cases, seed=205)

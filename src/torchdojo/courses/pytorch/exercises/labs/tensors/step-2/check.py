"""Check spec for labs/tensors/step-2: tall, wide, one-row and hidden inputs."""

from torchdojo.grader.spec import Case, Check, randn


def cases(generator):
    yield Case("4 samples, 3 features", {"x": randn(generator, 4, 3)})
    yield Case("2 samples, 5 features", {"x": randn(generator, 2, 5)})
    yield Case("one sample", {"x": randn(generator, 1, 4)}, note="N = 1: the means are that row")
    yield Case("hidden: 50 × 7", {"x": randn(generator, 50, 7, scale=3.0)}, hidden=True)


CHECK = Check(entry="column_means", cases=cases)

"""Check spec for labs/autograd/step-1: vectors, a matrix and a hidden batch."""

from torchdojo.grader.spec import Case, Check, randn


def cases(generator):
    yield Case("vector of 3", {"x": randn(generator, 3)})
    yield Case("2 × 4 matrix", {"x": randn(generator, 2, 4)}, note="the gradient has x's shape")
    yield Case("zeros", {"x": randn(generator, 5) * 0}, note="the slope of x² at 0 is 0")
    yield Case("hidden: bigger", {"x": randn(generator, 6, 6, scale=4.0)}, hidden=True)


CHECK = Check(entry="square_grad", cases=cases)

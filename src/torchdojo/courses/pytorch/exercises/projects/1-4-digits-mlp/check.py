"""Project 1.4: the learner's trained MLP is run on held-out digits; graded on accuracy, not on weights."""

from torchdojo.grader.datasets import digits
from torchdojo.grader.spec import Case, Check, Metric

X_TRAIN, Y_TRAIN, X_TEST, Y_TEST = digits(seed=0)


def cases(generator):
    args = {"x_train": X_TRAIN, "y_train": Y_TRAIN, "x_test": X_TEST}
    yield Case("held-out digits", args, observe=("module:x_test",), note="450 images the model never saw")


def held_out_accuracy(observed, case):
    logits = observed.value.tensor  # (450, 10)
    return float((logits.argmax(dim=1) == Y_TEST).float().mean())


CHECK = Check(
    entry="train_digits_mlp",
    cases=cases,
    compare_values=False,
    metrics=(Metric("held-out accuracy", held_out_accuracy, at_least=0.93),),
    timeout_s=20,
)

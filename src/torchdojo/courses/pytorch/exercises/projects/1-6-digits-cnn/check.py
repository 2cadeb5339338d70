"""Project 1.6: the learner's CNN is run on held-out digit images; graded on accuracy and on using Conv2d."""

from torchdojo.grader.datasets import digits
from torchdojo.grader.spec import Case, Check, Metric

X_TRAIN, Y_TRAIN, X_TEST, Y_TEST = digits(seed=0)
IMAGES_TRAIN, IMAGES_TEST = X_TRAIN.reshape(-1, 1, 8, 8), X_TEST.reshape(-1, 1, 8, 8)  # (N, 1, 8, 8)


def cases(generator):
    args = {"images_train": IMAGES_TRAIN, "labels_train": Y_TRAIN, "images_test": IMAGES_TEST}
    yield Case(
        "held-out digit images", args, observe=("module:images_test",), note="450 images the model never saw"
    )


def convolutions(observed, case):
    return sum(1 for layer in observed.diagram or [] if layer["type"] == "Conv2d")


def held_out_accuracy(observed, case):
    logits = observed.value.tensor  # (450, 10)
    return float((logits.argmax(dim=1) == Y_TEST).float().mean())


CHECK = Check(
    entry="train_digits_cnn",
    cases=cases,
    compare_values=False,
    metrics=(
        Metric("the number of nn.Conv2d layers", convolutions, at_least=1),
        Metric("held-out accuracy", held_out_accuracy, at_least=0.95),
    ),
    timeout_s=20,
)

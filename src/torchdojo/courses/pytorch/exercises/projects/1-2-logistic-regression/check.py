"""Project 1.2: held-out accuracy of the learner's logistic regression on the breast-cancer set."""

from torchdojo.grader.datasets import breast_cancer
from torchdojo.grader.spec import Case, Check, Metric

X_TRAIN, Y_TRAIN, X_TEST, Y_TEST = breast_cancer(seed=0)


def cases(generator):
    yield Case("breast-cancer training split", {"x": X_TRAIN, "y": Y_TRAIN}, note="426 samples; 143 held out")


def held_out_accuracy(observed, case):
    w, b = (item.tensor for item in observed.value.items)
    predicted = (X_TEST @ w + b) > 0  # sigmoid(z) > 0.5 exactly when z > 0
    return float((predicted == Y_TEST.bool()).float().mean())


CHECK = Check(
    entry="train_logistic",
    cases=cases,
    compare_values=False,
    metrics=(Metric("held-out accuracy", held_out_accuracy, at_least=0.95),),
)

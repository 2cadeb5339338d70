"""Project 1.1: held-out mean squared error of the learner's (w, b) against the least-squares optimum."""

import torch

from torchdojo.grader.spec import Case, Check, Metric

PROBLEMS = {}


def problem(name, generator, n, d, noise):
    true_w = torch.randn(d, generator=generator)
    x = torch.randn(2 * n, d, generator=generator)
    y = x @ true_w + 0.7 + noise * torch.randn(2 * n, generator=generator)
    PROBLEMS[name] = (x[n:], y[n:], x[:n], y[:n])  # held-out half, training half
    return Case(name, {"x": x[:n], "y": y[:n]})


def cases(generator):
    yield problem("five features, 200 points", generator, 200, 5, 0.3)
    yield problem("one feature", generator, 100, 1, 0.1)
    hidden = problem("twelve features", generator, 300, 12, 0.5)
    yield Case(hidden.name, hidden.args, hidden=True)


def optimal_mse(name):
    x_test, y_test, x, y = PROBLEMS[name]
    design = torch.cat([x, torch.ones(len(x), 1)], dim=1).double()  # (N, D + 1)
    solution = torch.linalg.lstsq(design, y.double()[:, None]).solution[:, 0]
    predictions = x_test.double() @ solution[:-1] + solution[-1]
    return float(((predictions - y_test.double()) ** 2).mean())


def mse_ratio(observed, case):
    x_test, y_test, _, _ = PROBLEMS[case.name]
    w, b = (item.tensor.double() for item in observed.value.items)
    mse = float(((x_test.double() @ w + b - y_test.double()) ** 2).mean())
    return mse / optimal_mse(case.name)


CHECK = Check(
    entry="fit_linear",
    cases=cases,
    seed=5,
    compare_values=False,
    metrics=(Metric("held-out MSE ÷ the least-squares optimum", mse_ratio, at_most=1.05),),
)

import torch  # noqa: F401 (you will need it)


def numeric_grad(w, x, y, eps):
    """Central-difference estimate of d mean((x @ w - y) ** 2) / dw, a (F,) float64 tensor."""
    raise NotImplementedError

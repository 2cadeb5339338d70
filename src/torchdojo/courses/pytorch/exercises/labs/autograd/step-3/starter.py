import torch  # noqa: F401 (you will need it)


def two_gradients(w, x1, y1, x2, y2):
    """Gradients of the MSE on (x1, y1) and on (x2, y2), each for its own batch: a tuple (g1, g2)."""
    w = w.clone().requires_grad_(True)
    raise NotImplementedError

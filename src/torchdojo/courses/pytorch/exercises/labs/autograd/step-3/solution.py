def two_gradients(w, x1, y1, x2, y2):
    """Gradients of the MSE on (x1, y1) and on (x2, y2), each for its own batch: a tuple (g1, g2)."""
    w = w.clone().requires_grad_(True)
    ((x1 @ w - y1) ** 2).mean().backward()
    g1 = w.grad.clone()  # copy it: the same .grad tensor is reused below
    w.grad = None  # forget batch 1; without this, batch 2's gradient is added on top
    ((x2 @ w - y2) ** 2).mean().backward()
    return g1, w.grad

# expect: failed values : added onto the first
def two_gradients(w, x1, y1, x2, y2):
    w = w.clone().requires_grad_(True)
    ((x1 @ w - y1) ** 2).mean().backward()
    g1 = w.grad.clone()
    ((x2 @ w - y2) ** 2).mean().backward()
    return g1, w.grad

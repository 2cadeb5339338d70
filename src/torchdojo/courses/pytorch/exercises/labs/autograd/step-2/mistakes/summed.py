# expect: failed values : n times too large
def mse_grad(w, x, y):
    w = w.clone().requires_grad_(True)
    ((x @ w - y) ** 2).sum().backward()
    return w.grad

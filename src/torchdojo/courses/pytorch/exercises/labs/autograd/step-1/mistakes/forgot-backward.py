# expect: failed returns
def square_grad(x):
    w = x.clone().requires_grad_(True)
    f = (w ** 2).sum()
    return w.grad

# expect: error runs : does not require grad
def square_grad(x):
    f = (x ** 2).sum()
    f.backward()
    return x.grad

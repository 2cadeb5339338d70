# expect: failed values : only for a symmetric A
def quadratic_grad(A, b, x):
    return 2 * A @ x + b

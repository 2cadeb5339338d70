# expect: failed values : only one of the two places
def quadratic_grad(A, b, x):
    return A @ x + b

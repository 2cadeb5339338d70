# expect: failed values : flips the sign
def mse_weight_grad(X, y, w):
    return 2 * X.T @ (y - X @ w) / len(y)

# expect: error runs : size mismatch
def mse_weight_grad(X, y, w):
    return 2 * (X @ (X @ w - y)) / X.shape[0]

# expect: failed values : keep the factor 2
def mse_weight_grad(X, y, w):
    return X.T @ (X @ w - y) / X.shape[0]

def residuals(pred, target):
    return pred - target  # (N, 1) - (N,) broadcasts to (N, N)

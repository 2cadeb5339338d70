# expect: failed values : row mean of the (N, N) table
def residuals(pred, target):
    return (pred - target).mean(dim=1)

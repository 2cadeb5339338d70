# expect: failed values : N×N table
def bilinear_scores(x, W, y):
    return x @ W @ y.T

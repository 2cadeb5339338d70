# expect: failed values : nothing between them
def mlp_forward(x, w1, b1, w2, b2):
    return (x @ w1.T + b1) @ w2.T + b2

# expect: failed values : (B, B, K, D)
def gather_positions(x, index):
    return x[:, index]

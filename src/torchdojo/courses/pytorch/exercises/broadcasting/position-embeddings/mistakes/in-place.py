# expect: failed inputs : in place
def add_positions(x, table):
    x += table[: x.shape[1]]
    return x

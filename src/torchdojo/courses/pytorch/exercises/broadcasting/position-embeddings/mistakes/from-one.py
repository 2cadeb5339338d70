# expect: error values : start at 1
def add_positions(x, table):
    return x + table[1 : x.shape[1] + 1]

# expect: error runs : must match the size
def add_positions(x, table):
    return x + table

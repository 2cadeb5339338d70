# expect: error values : went to the columns
def add_biases(x, row_bias, col_bias):
    return x + row_bias + col_bias

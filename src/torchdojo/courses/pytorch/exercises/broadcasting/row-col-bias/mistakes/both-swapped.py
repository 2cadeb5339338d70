# expect: error values : wrong axis
def add_biases(x, row_bias, col_bias):
    return x + row_bias[None, :] + col_bias[:, None]

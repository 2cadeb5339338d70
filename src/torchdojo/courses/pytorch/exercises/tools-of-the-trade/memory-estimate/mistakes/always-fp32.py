# expect: failed values : whatever the dtype
def memory_gb(n_params, dtype, training):
    return n_params * 4 * (4 if training else 1) / 1e9

# expect: failed values : Adam adds two more tensors
def memory_gb(n_params, dtype, training):
    size = {"float32": 4, "float16": 2, "bfloat16": 2, "int8": 1}[dtype]
    return n_params * size * (2 if training else 1) / 1e9

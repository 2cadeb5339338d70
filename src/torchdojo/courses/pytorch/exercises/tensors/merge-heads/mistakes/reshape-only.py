# expect: failed values : numbers are scrambled
def merge_heads(x):
    batch, heads, steps, head_dim = x.shape
    return x.reshape(batch, steps, heads * head_dim)

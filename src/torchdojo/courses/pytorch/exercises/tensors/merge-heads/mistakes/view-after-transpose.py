# expect: error runs : view size is not compatible
def merge_heads(x):
    batch, heads, steps, head_dim = x.shape
    return x.transpose(1, 2).view(batch, steps, heads * head_dim)

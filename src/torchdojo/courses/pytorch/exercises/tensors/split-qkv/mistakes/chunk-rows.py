# expect: error runs : not enough values to unpack
def split_qkv(x):
    q, k, v = x.chunk(3)
    return q, k, v

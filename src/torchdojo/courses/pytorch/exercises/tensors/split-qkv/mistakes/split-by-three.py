# expect: failed shape : has 5 items; expected 3
def split_qkv(x):
    return x.split(3, dim=-1)

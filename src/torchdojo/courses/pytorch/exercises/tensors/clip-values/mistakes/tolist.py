# expect: failed type : Python list
def clip_values(x, low, high):
    return x.clamp(low, high).tolist()

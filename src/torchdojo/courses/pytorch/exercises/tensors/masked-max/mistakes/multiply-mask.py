# expect: failed values : beats every negative score
def masked_max(x, mask):
    return (x * mask).amax(dim=1)

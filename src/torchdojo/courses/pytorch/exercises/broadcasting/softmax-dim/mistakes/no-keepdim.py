# expect: error runs : must match the size
def softmax(x, dim):
    e = (x - x.amax(dim=dim)).exp()
    return e / e.sum(dim=dim)

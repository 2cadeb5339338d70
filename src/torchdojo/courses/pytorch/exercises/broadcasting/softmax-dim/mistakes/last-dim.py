# expect: failed values : whatever dim says
def softmax(x, dim):
    e = (x - x.amax(dim=-1, keepdim=True)).exp()
    return e / e.sum(dim=-1, keepdim=True)

# expect: failed shape : wrong order
def batch_outer(a, b):
    return a[:, None, :] * b[:, :, None]

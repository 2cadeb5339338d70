# expect: failed shape : expected (2, 4, 3)
def expand_batch(proto, batch):
    return proto.repeat(batch, 1)

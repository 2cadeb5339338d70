# expect: error runs : must match the existing size
def expand_batch(proto, batch):
    return proto.expand(batch, -1)

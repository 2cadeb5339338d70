# expect: error runs : AttributeError
def to_device(batch, device):
    return batch.to(device)

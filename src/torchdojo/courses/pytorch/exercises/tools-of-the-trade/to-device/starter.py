def to_device(batch, device: str):
    """A copy of batch (a tensor, or dicts/lists/tuples nesting tensors and plain values) with every tensor
    moved to device; containers keep their type and everything that is not a tensor comes back unchanged."""
    raise NotImplementedError

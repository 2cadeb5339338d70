import torch


def to_device(batch, device: str):
    """A copy of batch (a tensor, or dicts/lists/tuples nesting tensors and plain values) with every tensor
    moved to device; containers keep their type and everything that is not a tensor comes back unchanged."""
    if isinstance(batch, torch.Tensor):
        return batch.to(device)  # same shape and dtype, new device
    if isinstance(batch, dict):
        return {key: to_device(value, device) for key, value in batch.items()}
    if isinstance(batch, (list, tuple)):
        return type(batch)(to_device(item, device) for item in batch)  # a tuple stays a tuple
    return batch  # strings, numbers, None: nothing to move

import torch


def prepare_batch(batch, device: str, float_dtype: str):
    """Every tensor in the nested batch moved to device; floating tensors also cast to float_dtype."""
    dtype = getattr(torch, float_dtype)  # "float16" -> torch.float16
    if isinstance(batch, torch.Tensor):
        if batch.is_floating_point():
            return batch.to(device=device, dtype=dtype)  # same shape, new device and dtype
        return batch.to(device)  # ids, labels, masks: same dtype
    if isinstance(batch, dict):
        return {key: prepare_batch(value, device, float_dtype) for key, value in batch.items()}
    if isinstance(batch, (list, tuple)):
        return type(batch)(
            prepare_batch(item, device, float_dtype) for item in batch
        )  # a tuple stays a tuple
    return batch

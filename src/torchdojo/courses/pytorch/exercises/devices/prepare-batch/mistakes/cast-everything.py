# expect: failed dtype : float64; expected int64
import torch


def prepare_batch(batch, device, float_dtype):
    dtype = getattr(torch, float_dtype)
    if isinstance(batch, torch.Tensor):
        return batch.to(device=device, dtype=dtype)
    if isinstance(batch, dict):
        return {k: prepare_batch(v, device, float_dtype) for k, v in batch.items()}
    if isinstance(batch, (list, tuple)):
        return type(batch)(prepare_batch(v, device, float_dtype) for v in batch)
    return batch

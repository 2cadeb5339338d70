# expect: failed device : expected 'meta'
import torch


def prepare_batch(batch, device, float_dtype):
    if isinstance(batch, torch.Tensor):
        return batch.to(getattr(torch, float_dtype)) if batch.is_floating_point() else batch
    if isinstance(batch, dict):
        return {k: prepare_batch(v, device, float_dtype) for k, v in batch.items()}
    if isinstance(batch, (list, tuple)):
        return type(batch)(prepare_batch(v, device, float_dtype) for v in batch)
    return batch

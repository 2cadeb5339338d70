# expect: failed dtype : result['pixels'][0] has dtype float32
import torch


def prepare_batch(batch, device, float_dtype):
    dtype = getattr(torch, float_dtype)

    def move(t):
        return t.to(device=device, dtype=dtype) if t.is_floating_point() else t.to(device)

    if isinstance(batch, torch.Tensor):
        return move(batch)
    if isinstance(batch, dict):
        return {k: move(v) if isinstance(v, torch.Tensor) else v for k, v in batch.items()}
    if isinstance(batch, (list, tuple)):
        return type(batch)(move(v) if isinstance(v, torch.Tensor) else v for v in batch)
    return batch

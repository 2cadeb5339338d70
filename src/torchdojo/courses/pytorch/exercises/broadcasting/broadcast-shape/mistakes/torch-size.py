# expect: failed type : torch.Size
import torch


def broadcast_shape(a, b):
    try:
        return torch.broadcast_shapes(a, b)
    except RuntimeError as error:
        raise ValueError(str(error)) from None

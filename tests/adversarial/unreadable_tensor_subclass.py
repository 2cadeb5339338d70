# expect: failed
# A wrapper tensor subclass with no storage whose every operation raises: the child cannot read its values,
# so the reply describes it by its type instead of the child dying before it reports.
import torch


class Hollow(torch.Tensor):
    @staticmethod
    def __new__(cls, shape, dtype):
        return torch.Tensor._make_wrapper_subclass(cls, shape, dtype=dtype)

    @classmethod
    def __torch_dispatch__(cls, func, types, args=(), kwargs=None):
        raise RuntimeError("there is nothing inside")


def pairwise_distances(a, b):
    return Hollow((a.shape[0], b.shape[0]), a.dtype)

# expect: failed
# A Tensor subclass whose __torch_function__ makes every comparison say "equal" and hides zeros.
import torch


class Liar(torch.Tensor):
    @classmethod
    def __torch_function__(cls, func, types, args=(), kwargs=None):
        if func in (torch.allclose, torch.equal, torch.Tensor.equal, torch.isclose, torch.testing.assert_close):
            return True
        return super().__torch_function__(func, types, args, kwargs or {})


def pairwise_distances(a, b):
    return torch.zeros(a.shape[0], b.shape[0], dtype=a.dtype).as_subclass(Liar)

import torch


def reload_and_predict(model: torch.nn.Module, fresh: torch.nn.Module, x: torch.Tensor) -> torch.Tensor:
    """Copy model's weights into fresh through an in-memory torch.save/torch.load; return fresh(x) in eval mode."""
    raise NotImplementedError

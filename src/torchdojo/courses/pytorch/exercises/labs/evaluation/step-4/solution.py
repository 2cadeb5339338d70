import torch


def load_checkpoint(model: torch.nn.Module, checkpoint: dict) -> int:
    """Load checkpoint['model'] into model, set eval mode, return checkpoint['epoch']."""
    model.load_state_dict(checkpoint["model"])  # copies tensors in, matched by parameter name
    model.eval()
    return checkpoint["epoch"]

import torch


def predict(model: torch.nn.Module, x: torch.Tensor) -> torch.Tensor:
    """model(x) in eval mode and without gradients; the model's mode is restored afterwards."""
    was_training = model.training
    model.eval()  # dropout becomes the identity
    try:
        with torch.no_grad():
            return model(x)  # (B, F) -> (B, out), no graph
    finally:
        model.train(was_training)  # back to the caller's mode

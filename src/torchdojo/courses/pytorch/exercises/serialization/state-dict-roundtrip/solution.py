import io

import torch


def reload_and_predict(model: torch.nn.Module, fresh: torch.nn.Module, x: torch.Tensor) -> torch.Tensor:
    """Copy model's weights into fresh through an in-memory torch.save/torch.load; return fresh(x) in eval mode."""
    buffer = io.BytesIO()
    torch.save(model.state_dict(), buffer)  # parameters and buffers (batch-norm statistics) by name
    buffer.seek(0)  # rewind: writing left the position at the end
    fresh.load_state_dict(torch.load(buffer, weights_only=True))
    fresh.eval()
    with torch.no_grad():
        return fresh(x)  # (B, F) -> (B, out)

import torch


def make_grid(rows: int, cols: int) -> torch.Tensor:
    """(rows, cols) float32 tensor holding 0, 1, 2, … row by row."""
    flat = torch.arange(rows * cols, dtype=torch.float32)  # (rows * cols,)
    return flat.reshape(rows, cols)  # (rows, cols): consecutive numbers fill a row first

import torch


def center_crop(img: torch.Tensor, height: int, width: int) -> torch.Tensor:
    """img: (C, H, W) -> (C, height, width), the central region of every channel."""
    top = (img.shape[1] - height) // 2  # integer division: slice bounds must be ints
    left = (img.shape[2] - width) // 2
    return img[:, top : top + height, left : left + width]  # (C, height, width)

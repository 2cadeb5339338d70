import torch
import torch.nn.functional as F
from torch import nn


def train_digits_cnn(images_train: torch.Tensor, labels_train: torch.Tensor) -> nn.Module:
    """images_train (N, 1, 8, 8) float32, labels_train (N,) int64 -> trained CNN: (B, 1, 8, 8) -> (B, 10) logits."""
    torch.manual_seed(0)
    model = nn.Sequential(
        nn.Conv2d(1, 16, kernel_size=3, padding=1),  # (B, 16, 8, 8)
        nn.ReLU(),
        nn.MaxPool2d(2),  # (B, 16, 4, 4)
        nn.Conv2d(16, 32, kernel_size=3, padding=1),  # (B, 32, 4, 4)
        nn.ReLU(),
        nn.MaxPool2d(2),  # (B, 32, 2, 2)
        nn.Flatten(),  # (B, 128)
        nn.Linear(128, 10),  # (B, 10)
    )
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-2)
    generator = torch.Generator().manual_seed(0)
    model.train()
    for _epoch in range(6):
        order = torch.randperm(len(images_train), generator=generator)
        for start in range(0, len(order), 64):
            batch = order[start : start + 64]
            optimizer.zero_grad()
            loss = F.cross_entropy(model(images_train[batch]), labels_train[batch])
            loss.backward()
            optimizer.step()
    return model.eval()

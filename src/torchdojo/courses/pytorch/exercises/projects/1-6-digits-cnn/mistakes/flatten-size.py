# expect: error runs : shapes cannot be multiplied
import torch
from torch import nn


def train_digits_cnn(images_train, labels_train):
    model = nn.Sequential(
        nn.Conv2d(1, 16, 3, padding=1), nn.ReLU(), nn.MaxPool2d(2), nn.Flatten(), nn.Linear(64, 10)
    )
    return model.eval()

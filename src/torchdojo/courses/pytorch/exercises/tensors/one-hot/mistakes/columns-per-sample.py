# expect: failed shape : wrong order
import torch


def one_hot(labels, num_classes):
    return torch.eye(num_classes)[:, labels]

# expect: error runs : is invalid for input of size
import torch


def confusion_matrix(preds, labels, num_classes):
    counts = torch.bincount(labels.long() * num_classes + preds.long())
    return counts.reshape(num_classes, num_classes)

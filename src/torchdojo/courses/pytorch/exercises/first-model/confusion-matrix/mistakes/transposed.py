# expect: failed values : rows and columns are swapped
import torch


def confusion_matrix(preds, labels, num_classes):
    cell = preds.long() * num_classes + labels.long()
    return torch.bincount(cell, minlength=num_classes * num_classes).reshape(num_classes, num_classes)

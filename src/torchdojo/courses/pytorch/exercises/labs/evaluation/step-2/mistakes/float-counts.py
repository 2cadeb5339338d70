# expect: failed dtype
import torch


def confusion_matrix(preds, labels, num_classes):
    matrix = torch.zeros(num_classes, num_classes)
    for p, t in zip(preds.tolist(), labels.tolist()):
        matrix[t, p] += 1
    return matrix

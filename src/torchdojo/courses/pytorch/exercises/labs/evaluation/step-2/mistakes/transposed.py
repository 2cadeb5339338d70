# expect: failed values : transposed
import torch


def confusion_matrix(preds, labels, num_classes):
    matrix = torch.zeros(num_classes, num_classes, dtype=torch.int64)
    for p, t in zip(preds.tolist(), labels.tolist()):
        matrix[p, t] += 1
    return matrix

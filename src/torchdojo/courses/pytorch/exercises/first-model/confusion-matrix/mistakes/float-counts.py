# expect: failed dtype : expected int64
import torch


def confusion_matrix(preds, labels, num_classes):
    matrix = torch.zeros(num_classes, num_classes)
    for true_class, predicted_class in zip(labels.long(), preds.long()):
        matrix[true_class, predicted_class] += 1
    return matrix

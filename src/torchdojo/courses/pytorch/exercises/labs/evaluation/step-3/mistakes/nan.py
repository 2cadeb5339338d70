# expect: failed finite
import torch


def precision_recall(matrix):
    correct = matrix.diagonal().float()
    return {"precision": correct / matrix.sum(dim=0), "recall": correct / matrix.sum(dim=1)}

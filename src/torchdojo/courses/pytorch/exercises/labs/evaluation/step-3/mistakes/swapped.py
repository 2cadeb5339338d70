# expect: failed values : swapped
import torch


def precision_recall(matrix):
    correct = matrix.diagonal().float()
    return {"precision": correct / matrix.sum(dim=1).clamp(min=1), "recall": correct / matrix.sum(dim=0).clamp(min=1)}

# expect: failed type : Python float is expected
import torch


def binary_metrics(preds, labels):
    tp = ((preds == 1) & (labels == 1)).sum().float()
    fp = ((preds == 1) & (labels == 0)).sum().float()
    fn = ((preds == 0) & (labels == 1)).sum().float()
    zero = torch.tensor(0.0)
    precision = tp / (tp + fp) if tp + fp > 0 else zero
    recall = tp / (tp + fn) if tp + fn > 0 else zero
    f1 = 2 * precision * recall / (precision + recall) if precision + recall > 0 else zero
    return {"accuracy": (preds == labels).float().mean(), "precision": precision, "recall": recall, "f1": f1}

# expect: failed finite : NaN
def binary_metrics(preds, labels):
    tp = ((preds == 1) & (labels == 1)).sum()
    fp = ((preds == 1) & (labels == 0)).sum()
    fn = ((preds == 0) & (labels == 1)).sum()
    precision = (tp / (tp + fp)).item()
    recall = (tp / (tp + fn)).item()
    return {
        "accuracy": (preds == labels).float().mean().item(),
        "precision": precision,
        "recall": recall,
        "f1": 2 * precision * recall / (precision + recall) if precision + recall else 0.0,
    }

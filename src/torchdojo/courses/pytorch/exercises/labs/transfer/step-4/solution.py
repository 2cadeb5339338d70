import torch


def extract_features(backbone, loader):
    """(features (N, D), labels (N,)) for every batch of loader, computed once without gradients."""
    backbone.eval()  # dropout off: features must be the same every time
    features, labels = [], []
    with torch.no_grad():  # no graph: the backbone is not trained
        for x, y in loader:
            features.append(backbone(x))  # (B, D)
            labels.append(y)  # (B,)
    return torch.cat(features), torch.cat(labels)  # (N, D), (N,)

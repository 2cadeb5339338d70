# expect: failed type
import torch


def extract_features(backbone, loader):
    backbone.eval()
    features, labels = [], []
    with torch.no_grad():
        for x, y in loader:
            features.append(backbone(x))
            labels.append(y)
    return features, labels

# expect: error runs : cannot be multiplied
from torch import nn


def attach_head(backbone, feature_dim, num_classes):
    return nn.Sequential(backbone, nn.Linear(num_classes, feature_dim))


def head_report(backbone, x, feature_dim, num_classes):
    model = attach_head(backbone, feature_dim, num_classes)
    trainable = [name for name, p in model.named_parameters() if p.requires_grad]
    return {"output_shape": list(model(x).shape), "trainable": trainable}

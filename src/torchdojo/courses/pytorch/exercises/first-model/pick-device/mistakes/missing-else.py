# expect: failed returns : forget `return`
import torch


def pick_device(prefer_gpu):
    if prefer_gpu:
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")

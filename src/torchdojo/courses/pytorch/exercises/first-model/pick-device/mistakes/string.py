# expect: failed type : expected an object of type torch.device
import torch


def pick_device(prefer_gpu):
    return "cuda" if prefer_gpu and torch.cuda.is_available() else "cpu"

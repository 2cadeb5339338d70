# expect: memory_exceeded
import torch


def pairwise_distances(a, b):
    blocks = []
    while True:
        blocks.append(torch.ones(256, 1024, 1024))  # 1 GiB each

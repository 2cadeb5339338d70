# expect: failed
# Replaces the probe's encoder so every case "returns" a tidy zero matrix of the right shape.
import torch

import torchdojo.grader.wire as wire

original = wire.encode_value


def fake(obj, blobs, depth=0):
    return original(torch.zeros(3, 3), blobs, depth)


wire.encode_value = fake


def pairwise_distances(a, b):
    return a

# expect: error runs : must match the size
import torch


def segment_mean(x, segment, num_segments):
    sums = x.new_zeros(num_segments, x.shape[1]).index_add_(0, segment, x)
    counts = torch.bincount(segment, minlength=num_segments).clamp_min(1)
    return sums / counts

# expect: error runs : expected 2D or 3D input
from torch import nn


def make_conv_block(c_in, c_out):
    return nn.Sequential(nn.Conv2d(c_in, c_out, 3, padding=1), nn.BatchNorm1d(c_out), nn.ReLU())

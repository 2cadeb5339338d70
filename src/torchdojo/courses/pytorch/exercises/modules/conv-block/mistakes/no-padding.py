# expect: failed shape : expected (2, 8, 5, 5)
from torch import nn


def make_conv_block(c_in, c_out):
    return nn.Sequential(nn.Conv2d(c_in, c_out, 3), nn.BatchNorm2d(c_out), nn.ReLU())

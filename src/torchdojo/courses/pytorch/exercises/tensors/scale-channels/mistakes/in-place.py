# expect: failed inputs : in place
def scale_channels(x, weights):
    x *= weights.view(-1, 1, 1)
    return x

# expect: failed shape : wrong size
def offsets_from_lengths(lengths):
    return lengths.cumsum(0)

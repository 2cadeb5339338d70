# expect: failed values : reverses the ties
def sort_by_length(x, lengths):
    sorted_lengths, order = lengths.sort(stable=True)
    order = order.flip(0)
    return x[order], sorted_lengths.flip(0), order

# expect: failed values : descending=True
def sort_by_length(x, lengths):
    sorted_lengths, order = lengths.sort()
    return x[order], sorted_lengths, order

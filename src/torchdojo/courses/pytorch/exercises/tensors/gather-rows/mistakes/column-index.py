# expect: failed shape : accidental broadcast
def gather_rows(scores, index):
    return scores[:, index]

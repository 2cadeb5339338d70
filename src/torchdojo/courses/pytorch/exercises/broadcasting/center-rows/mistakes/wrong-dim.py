# expect: failed values : differs from the reference
def center_rows(x):
    return x - x.mean(dim=0, keepdim=True)

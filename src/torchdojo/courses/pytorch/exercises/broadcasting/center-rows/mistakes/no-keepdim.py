# expect: error values : keepdim=True
def center_rows(x):
    return x - x.mean(dim=1)

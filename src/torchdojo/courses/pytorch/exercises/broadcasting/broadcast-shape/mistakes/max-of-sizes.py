# expect: failed values : a 1 stretches to the other size
def broadcast_shape(a, b):
    rank = max(len(a), len(b))
    a = (1,) * (rank - len(a)) + tuple(a)
    b = (1,) * (rank - len(b)) + tuple(b)
    result = []
    for x, y in zip(a, b):
        if x != y and 1 not in (x, y):
            raise ValueError(f"{a} and {b} do not broadcast")
        result.append(max(x, y))
    return tuple(result)

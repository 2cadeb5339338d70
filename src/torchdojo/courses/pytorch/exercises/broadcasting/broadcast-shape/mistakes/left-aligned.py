# expect: error runs : ValueError
def broadcast_shape(a, b):
    rank = max(len(a), len(b))
    a = tuple(a) + (1,) * (rank - len(a))
    b = tuple(b) + (1,) * (rank - len(b))
    result = []
    for x, y in zip(a, b):
        if x == y or y == 1:
            result.append(x)
        elif x == 1:
            result.append(y)
        else:
            raise ValueError(f"{a} and {b} do not broadcast")
    return tuple(result)

def broadcast_shape(a: tuple, b: tuple) -> tuple:
    """The shape that broadcasting tensors of shapes a and b produces; ValueError when they don't broadcast."""
    rank = max(len(a), len(b))
    padded_a = (1,) * (rank - len(a)) + tuple(a)  # left-pad with 1s: shapes align at the right
    padded_b = (1,) * (rank - len(b)) + tuple(b)
    result = []
    for size_a, size_b in zip(padded_a, padded_b):
        if size_a == size_b or size_b == 1:
            result.append(size_a)
        elif size_a == 1:
            result.append(size_b)  # a 1 stretches to the other size, 0 included
        else:
            raise ValueError(f"shapes {tuple(a)} and {tuple(b)} cannot be broadcast")
    return tuple(result)

def broadcast_shape(a: tuple, b: tuple) -> tuple:
    """The shape that broadcasting tensors of shapes a and b produces; ValueError when they don't broadcast."""
    raise NotImplementedError

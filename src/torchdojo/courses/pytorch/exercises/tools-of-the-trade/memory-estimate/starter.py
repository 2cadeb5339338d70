def memory_gb(n_params: int, dtype: str, training: bool) -> float:
    """GB (10**9 bytes) that the weights need (training=False), or the weights + gradients + Adam's two state
    tensors need (training=True), for n_params parameters stored in dtype."""
    raise NotImplementedError

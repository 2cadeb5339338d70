BYTES_PER_VALUE = {"float32": 4, "float16": 2, "bfloat16": 2, "int8": 1}
TRAINING_COPIES = 4  # weights + gradients + Adam's exp_avg + exp_avg_sq, each the size of the weights


def memory_gb(n_params: int, dtype: str, training: bool) -> float:
    """GB (10**9 bytes) that the weights need (training=False), or the weights + gradients + Adam's two state
    tensors need (training=True), for n_params parameters stored in dtype."""
    copies = TRAINING_COPIES if training else 1
    return float(n_params * BYTES_PER_VALUE[dtype] * copies / 1e9)

import torch  # noqa: F401  (you will need it)


def prepare_batch(batch, device: str, float_dtype: str):
    """Every tensor in the nested batch moved to device; floating tensors also cast to float_dtype."""
    raise NotImplementedError

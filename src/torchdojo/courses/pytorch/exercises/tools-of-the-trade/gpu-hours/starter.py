def gpu_hours(n_params: float, n_tokens: float, peak_tflops: float, utilization: float) -> float:
    """Hours of GPU time to train n_params parameters on n_tokens tokens (6·N·D FLOPs) on a GPU with the
    given peak TFLOP/s running at the given utilization (a fraction of the peak)."""
    raise NotImplementedError

FLOPS_PER_PARAM_PER_TOKEN = 6  # 2 for the forward pass + about 4 for the backward pass
SECONDS_PER_HOUR = 3600


def gpu_hours(n_params: float, n_tokens: float, peak_tflops: float, utilization: float) -> float:
    """Hours of GPU time to train n_params parameters on n_tokens tokens (6·N·D FLOPs) on a GPU with the
    given peak TFLOP/s running at the given utilization (a fraction of the peak)."""
    total_flops = FLOPS_PER_PARAM_PER_TOKEN * n_params * n_tokens
    delivered = peak_tflops * 1e12 * utilization  # FLOP/s the run really gets
    return float(total_flops / delivered / SECONDS_PER_HOUR)

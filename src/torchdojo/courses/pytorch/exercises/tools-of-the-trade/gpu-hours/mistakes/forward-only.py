# expect: failed values : forward pass alone
def gpu_hours(n_params, n_tokens, peak_tflops, utilization):
    return 2 * n_params * n_tokens / (peak_tflops * 1e12 * utilization) / 3600

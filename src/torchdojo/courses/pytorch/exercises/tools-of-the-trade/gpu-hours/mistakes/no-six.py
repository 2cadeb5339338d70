# expect: failed values : 6 times too small
def gpu_hours(n_params, n_tokens, peak_tflops, utilization):
    return n_params * n_tokens / (peak_tflops * 1e12 * utilization) / 3600

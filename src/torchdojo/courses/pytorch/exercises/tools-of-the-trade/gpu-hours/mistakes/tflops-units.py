# expect: failed values : multiply it by 1e12
def gpu_hours(n_params, n_tokens, peak_tflops, utilization):
    return 6 * n_params * n_tokens / (peak_tflops * utilization) / 3600

# expect: failed values : divide by utilization
def gpu_hours(n_params, n_tokens, peak_tflops, utilization):
    return 6 * n_params * n_tokens / (peak_tflops * 1e12) / 3600

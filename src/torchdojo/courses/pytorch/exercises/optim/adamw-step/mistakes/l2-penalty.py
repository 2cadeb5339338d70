# expect: failed values : not AdamW
def adamw_step(params, grads, exp_avgs, exp_avg_sqs, step, lr, betas, eps, weight_decay):
    b1, b2 = betas
    grads = [g + weight_decay * p for p, g in zip(params, grads)]
    ms = [b1 * m + (1 - b1) * g for m, g in zip(exp_avgs, grads)]
    vs = [b2 * v + (1 - b2) * g * g for v, g in zip(exp_avg_sqs, grads)]
    ps = [p - lr * (m / (1 - b1**step)) / ((v / (1 - b2**step)).sqrt() + eps) for p, m, v in zip(params, ms, vs)]
    return ps, ms, vs

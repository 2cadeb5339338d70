# expect: failed values : bias correction
def adam_step(params, grads, exp_avgs, exp_avg_sqs, step, lr, betas, eps):
    b1, b2 = betas
    ms = [b1 * m + (1 - b1) * g for m, g in zip(exp_avgs, grads)]
    vs = [b2 * v + (1 - b2) * g * g for v, g in zip(exp_avg_sqs, grads)]
    ps = [p - lr * m / (v.sqrt() + eps) for p, m, v in zip(params, ms, vs)]
    return ps, ms, vs

# expect: failed values : differs from the reference
def adam_step(params, grads, exp_avgs, exp_avg_sqs, step, lr, betas, eps):
    b1, b2 = betas
    ms = [b1 * m + (1 - b1) * g for m, g in zip(exp_avgs, grads)]
    vs = [b2 * v + (1 - b2) * g * g for v, g in zip(exp_avg_sqs, grads)]
    ps = []
    for p, m, v in zip(params, ms, vs):
        m_hat = m / (1 - b1**step)
        v_hat = v / (1 - b2**step)
        ps.append(p - lr * m_hat / (v_hat + eps).sqrt())
    return ps, ms, vs

# expect: failed values : differs from the reference
def sgd_momentum_step(params, grads, buffers, lr, momentum):
    if buffers is None:
        buffers = [g.clone() for g in grads]
        return [p - lr * g for p, g in zip(params, grads)], buffers
    new_params = [p - lr * b for p, b in zip(params, buffers)]
    new_buffers = [momentum * b + g for b, g in zip(buffers, grads)]
    return new_params, new_buffers

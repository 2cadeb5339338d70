# expect: failed values : PyTorch's buffer holds raw gradients
def sgd_momentum_step(params, grads, buffers, lr, momentum):
    if buffers is None:
        buffers = [g * 0 for g in grads]
    new_buffers = [momentum * b + lr * g for b, g in zip(buffers, grads)]
    new_params = [p - b for p, b in zip(params, new_buffers)]
    return new_params, new_buffers

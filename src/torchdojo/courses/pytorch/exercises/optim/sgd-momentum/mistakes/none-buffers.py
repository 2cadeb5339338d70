# expect: error runs : 'NoneType' object is not iterable
def sgd_momentum_step(params, grads, buffers, lr, momentum):
    new_buffers = [momentum * b + g for b, g in zip(buffers, grads)]
    new_params = [p - lr * b for p, b in zip(params, new_buffers)]
    return new_params, new_buffers

# expect: failed values : differs from the reference
def sgd_step(params, grads, lr, weight_decay=0.0):
    return [p - lr * g for p, g in zip(params, grads)]

# expect: failed type : expected a list
def sgd_step(params, grads, lr, weight_decay=0.0):
    return (p - lr * (g + weight_decay * p) for p, g in zip(params, grads))

# expect: failed values : same factor
def clip_by_global_norm(grads, max_norm):
    out = [g * min(1.0, max_norm / (float(g.norm()) + 1e-6)) for g in grads]
    total = sum(float(g.norm()) ** 2 for g in grads) ** 0.5
    return out, total

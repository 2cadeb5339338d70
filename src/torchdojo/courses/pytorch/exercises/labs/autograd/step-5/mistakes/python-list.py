# expect: failed type
def numeric_grad(w, x, y, eps):
    slopes = []
    for i in range(w.shape[0]):
        up, down = w.clone(), w.clone()
        up[i] += eps
        down[i] -= eps
        slopes.append(float((((x @ up - y) ** 2).mean() - ((x @ down - y) ** 2).mean()) / (2 * eps)))
    return slopes

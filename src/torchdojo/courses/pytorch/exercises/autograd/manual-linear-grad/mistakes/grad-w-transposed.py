# expect: failed shape : wrong order
def linear_backward(x, w, grad_out):
    return grad_out @ w, x.T @ grad_out, grad_out.sum(dim=0)

# expect: error runs : cannot be multiplied
def linear_backward(x, w, grad_out):
    return grad_out @ w.T, grad_out.T @ x, grad_out.sum(dim=0)

# expect: failed type : expected a tuple
def linear_backward(x, w, grad_out):
    return [grad_out @ w, grad_out.T @ x, grad_out.sum(dim=0)]

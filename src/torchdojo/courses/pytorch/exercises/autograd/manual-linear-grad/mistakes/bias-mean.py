# expect: failed values : sum over the batch
def linear_backward(x, w, grad_out):
    return grad_out @ w, grad_out.T @ x, grad_out.mean(dim=0)

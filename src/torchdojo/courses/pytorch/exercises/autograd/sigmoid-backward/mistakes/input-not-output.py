# expect: failed values : not its input
def sigmoid_backward(x, grad_out):
    return grad_out * x * (1 - x)

# expect: failed type : Python float is expected
def mse_gradients(weight, bias, x, y):
    w = weight.detach().clone().requires_grad_(True)
    b = bias.detach().clone().requires_grad_(True)
    loss = ((x @ w.T + b - y) ** 2).mean()
    loss.backward()
    return {"loss": loss, "weight": w.grad, "bias": b.grad}

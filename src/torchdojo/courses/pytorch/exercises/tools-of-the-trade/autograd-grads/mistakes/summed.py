# expect: failed values : averaged
def mse_gradients(weight, bias, x, y):
    w = weight.detach().clone().requires_grad_(True)
    b = bias.detach().clone().requires_grad_(True)
    loss = ((x @ w.T + b - y) ** 2).sum()
    loss.backward()
    return {"loss": loss.item(), "weight": w.grad, "bias": b.grad}

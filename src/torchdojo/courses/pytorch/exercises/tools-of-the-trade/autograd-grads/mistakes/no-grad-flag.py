# expect: error runs : does not require grad
def mse_gradients(weight, bias, x, y):
    loss = ((x @ weight.T + bias - y) ** 2).mean()
    loss.backward()
    return {"loss": loss.item(), "weight": weight.grad, "bias": bias.grad}

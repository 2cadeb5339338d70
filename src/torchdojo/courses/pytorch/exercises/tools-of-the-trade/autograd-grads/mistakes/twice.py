# expect: failed values : gradients accumulate
def mse_gradients(weight, bias, x, y):
    w = weight.detach().clone().requires_grad_(True)
    b = bias.detach().clone().requires_grad_(True)
    loss = ((x @ w.T + b - y) ** 2).mean()
    loss.backward(retain_graph=True)
    print("first pass done", w.grad.norm())
    loss.backward()
    return {"loss": loss.item(), "weight": w.grad, "bias": b.grad}

# expect: failed behaviour : expected None
def saliency(model, x, target):
    x_leaf = x.detach().clone().requires_grad_(True)
    logits = model(x_leaf)
    logits.gather(1, target[:, None]).sum().backward()
    return x_leaf.grad.abs()

# expect: failed behaviour : still tracks gradients
def predict(model, x, device):
    model.to(device).eval()
    return model(x.to(device))

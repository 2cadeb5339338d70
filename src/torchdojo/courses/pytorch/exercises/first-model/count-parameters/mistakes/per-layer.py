# expect: failed values : shared weight twice
def count_parameters(model):
    total = 0
    for layer in model.modules():
        # recurse=False: each layer's own tensors; a tensor two layers share is added once per layer
        total += sum(p.numel() for p in layer.parameters(recurse=False) if p.requires_grad)
    return total

# expect: failed values
def count_parameters(model):
    return len([p for p in model.parameters() if p.requires_grad])

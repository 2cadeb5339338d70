# expect: failed values : parameter tensors, not the numbers
def count_parameters(model):
    return len([p for p in model.parameters() if p.requires_grad])

# expect: failed values : buffers
def count_parameters(model):
    return sum(value.numel() for value in model.state_dict().values())

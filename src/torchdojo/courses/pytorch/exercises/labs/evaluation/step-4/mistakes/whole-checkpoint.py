# expect: error runs : unexpected key
def load_checkpoint(model, checkpoint):
    model.load_state_dict(checkpoint)
    return checkpoint["epoch"]

# expect: failed behaviour
def load_checkpoint(model, checkpoint):
    model.eval()
    return checkpoint["epoch"]

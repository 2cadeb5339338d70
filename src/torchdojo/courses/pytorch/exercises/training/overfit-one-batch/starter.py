def overfit_batch(model, x, y, criterion, optimizer, steps):
    """Take `steps` optimizer steps on one batch; return each step's loss (before the step) as a float."""
    raise NotImplementedError

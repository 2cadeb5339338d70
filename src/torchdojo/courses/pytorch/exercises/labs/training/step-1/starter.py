def train_step(model, x, y, criterion, optimizer) -> float:
    """One optimisation step on (x, y); returns the loss before the update as a float."""
    raise NotImplementedError

def train_epoch(model, loader, criterion, optimizer) -> float:
    """One pass over loader with one optimizer step per batch; returns the mean batch loss."""
    raise NotImplementedError

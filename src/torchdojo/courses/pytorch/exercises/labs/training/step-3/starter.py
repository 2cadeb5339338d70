def fit(model, loader, criterion, optimizer, epochs: int) -> list:
    """Train for epochs epochs; return each epoch's mean batch loss, in order."""
    raise NotImplementedError

def should_stop(val_losses: list, patience: int) -> bool:
    """True when none of the last `patience` epochs improved on the best loss before them."""
    raise NotImplementedError

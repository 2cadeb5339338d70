def should_stop(val_losses: list, patience: int) -> bool:
    """True when none of the last `patience` epochs improved on the best loss before them."""
    if len(val_losses) <= patience:
        return False  # not enough history to judge
    best_before = min(val_losses[:-patience])
    return min(val_losses[-patience:]) >= best_before  # no new best in the patience window

# expect: failed values
def should_stop(val_losses, patience):
    if len(val_losses) <= patience:
        return False
    return all(later >= earlier for earlier, later in zip(val_losses[-patience - 1 :], val_losses[-patience:]))

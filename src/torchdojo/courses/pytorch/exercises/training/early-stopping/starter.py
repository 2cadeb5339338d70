def fit_with_early_stopping(model, train_loader, val_loader, criterion, optimizer, max_epochs, patience):
    """Train with early stopping; restore the best weights and return the best epoch (0-based)."""
    raise NotImplementedError

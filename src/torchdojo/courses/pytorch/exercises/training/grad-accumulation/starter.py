def accumulated_step(model, x, y, criterion, optimizer, micro_batches):
    """One optimizer step on (x, y), computed as micro_batches accumulated forward/backward passes."""
    raise NotImplementedError

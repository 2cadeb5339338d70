def train_and_resume(model, optimizer, first, resumed_model, resumed_optimizer, second, criterion):
    """Train on `first`, checkpoint model + optimizer in memory, restore into the resumed pair, train on `second`."""
    raise NotImplementedError

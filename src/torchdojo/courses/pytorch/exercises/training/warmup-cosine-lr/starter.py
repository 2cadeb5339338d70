def warmup_cosine_lr(step: int, warmup_steps: int, total_steps: int, max_lr: float, min_lr: float) -> float:
    """The learning rate at `step`: linear warmup to max_lr, cosine decay to min_lr, then min_lr."""
    raise NotImplementedError

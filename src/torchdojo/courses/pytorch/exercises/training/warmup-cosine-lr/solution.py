import math


def warmup_cosine_lr(step: int, warmup_steps: int, total_steps: int, max_lr: float, min_lr: float) -> float:
    """The learning rate at `step`: linear warmup to max_lr, cosine decay to min_lr, then min_lr."""
    if step < warmup_steps:
        return max_lr * step / warmup_steps
    if step > total_steps:
        return float(min_lr)
    progress = (step - warmup_steps) / (total_steps - warmup_steps)  # 0 -> 1 over the decay
    return min_lr + 0.5 * (max_lr - min_lr) * (1 + math.cos(math.pi * progress))

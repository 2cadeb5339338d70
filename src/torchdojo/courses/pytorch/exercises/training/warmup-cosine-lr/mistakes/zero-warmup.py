# expect: error runs : ZeroDivisionError
import math


def warmup_cosine_lr(step, warmup_steps, total_steps, max_lr, min_lr):
    if step <= total_steps and step / warmup_steps < 1:
        return max_lr * step / warmup_steps
    if step > total_steps:
        return min_lr
    progress = (step - warmup_steps) / (total_steps - warmup_steps)
    return min_lr + 0.5 * (max_lr - min_lr) * (1 + math.cos(math.pi * progress))

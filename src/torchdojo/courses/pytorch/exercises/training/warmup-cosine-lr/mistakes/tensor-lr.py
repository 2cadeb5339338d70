# expect: failed type : Python float
import torch


def warmup_cosine_lr(step, warmup_steps, total_steps, max_lr, min_lr):
    if step < warmup_steps:
        return torch.tensor(max_lr * step / warmup_steps)
    if step > total_steps:
        return torch.tensor(min_lr)
    progress = torch.tensor((step - warmup_steps) / (total_steps - warmup_steps))
    return min_lr + 0.5 * (max_lr - min_lr) * (1 + torch.cos(torch.pi * progress))

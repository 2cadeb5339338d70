import torch


def row_logsumexp(x: torch.Tensor) -> torch.Tensor:
    """x: (N, C) -> (N, 1) log-sum-exp of each row, finite for any finite input."""
    m = x.amax(dim=1, keepdim=True)  # (N, 1): the row maximum
    # log Σ exp(x) = m + log Σ exp(x - m); the shifted exps are ≤ 1 and their sum is ≥ 1
    return m + (x - m).exp().sum(dim=1, keepdim=True).log()  # (N, 1)

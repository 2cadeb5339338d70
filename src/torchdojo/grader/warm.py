"""Warming the zygote: run, once, the kinds of torch code that exercises run, so children inherit it warm.

Much of torch pays on first use within a process: oneDNN builds its convolution primitives (the first
``conv2d`` forward costs ~3 ms, its first backward ~3.6 ms, each new shape ~0.3 ms after that), meta-device
calls go through Python decompositions with caches of their own, ``isinstance`` against an abstract base
class fills that class's cache, an optimizer's first step takes a slower path. A child forked from a zygote
that never did these things pays for them again in every grading: measured before this module, the first
run of a drill in a fresh child was 0.6 ms slower than its third at the median and up to 5.7 ms slower
(a convolution block).

The zygote runs ``warm_process`` once at startup (children do not: they only re-touch the common path,
see ``zygote.WARMUP_SOURCE``). It is plain torch code over made-up data covering the course's topics:
tensor creation and indexing, broadcasting, reductions, dtypes and devices (CPU and meta), autograd,
modules (linear, convolution, normalisation, embeddings, recurrence), losses, optimizers, serialization.
Nothing here comes from an exercise's reference: the sandbox must never hold a reference solution.
Each block is independent, so an operation an older torch lacks only skips its block.
"""

from __future__ import annotations

import collections.abc
import io
import math
import warnings
from collections.abc import Callable

import torch
import torch.nn.functional as F
from torch import nn


def _tensors_and_indexing() -> None:
    for dtype in (torch.float32, torch.float64, torch.int64, torch.int32, torch.bool, torch.uint8):
        x = torch.arange(24).reshape(2, 3, 4).to(dtype)
        x.flip(0).roll(1, dims=-1).permute(2, 0, 1).contiguous().flatten(1).unflatten(1, (3, 2))
        x[:, ::2, 1:].clone().transpose(0, 1).reshape(-1)
        torch.cat([x, x], dim=1).split(2, dim=1)
        torch.stack([x, x]).chunk(2, dim=-1)
        x.unsqueeze(0).squeeze(0).expand(2, 2, 3, 4).movedim(0, -1).narrow(0, 0, 1)
        x.repeat(1, 2, 1).repeat_interleave(2, dim=0).unfold(-1, 2, 1).tile((1, 1))
        x.masked_select(x > 0) if dtype is not torch.bool else x.nonzero()
        torch.zeros_like(x).copy_(x).new_zeros(3).new_full((2,), 1).new_ones(1)
        torch.where(torch.ones(3, dtype=torch.bool), torch.zeros(3, dtype=dtype), torch.ones(3, dtype=dtype))
    values = torch.randn(6, 5)
    index = torch.tensor([[0, 2], [1, 4], [3, 3], [0, 0], [1, 2], [4, 1]])
    values.gather(1, index), values.scatter(1, index, 1.0).scatter_add(1, index, torch.ones(6, 2))
    torch.zeros(4).index_add_(0, torch.tensor([0, 1, 1]), torch.ones(3)).index_select(0, torch.tensor([1]))
    values[torch.tensor([0, 2])][:, torch.tensor([1, 3])]
    values[values > 0] = 0.0
    values.masked_fill(values < -1, float("-inf")).nan_to_num(neginf=-1.0).masked_fill_(values > 1, 0.0)
    torch.eye(4, dtype=torch.float64).diag().diag_embed()
    torch.ones(5, 5, dtype=torch.bool).tril().triu(1).logical_not().logical_and(
        torch.ones(5, 5, dtype=torch.bool)
    )
    torch.linspace(0, 1, 5), torch.logspace(0, 1, 3), torch.full((2, 2), 3.0), torch.empty(2, 3).fill_(1)
    (
        torch.tensor([3, 1, 2]).sort(descending=True),
        torch.tensor([3.0, 1.0]).argsort(),
        torch.tensor([1, 5, 2]).topk(2),
    )
    torch.tensor([1, 1, 3]).bincount(minlength=4), torch.tensor([1, 1, 3]).unique(return_counts=True)
    torch.tensor([2, 3]).cumsum(0).repeat_interleave(torch.tensor([1, 2]))
    F.one_hot(torch.tensor([0, 2, 1]), 3).float().argmax(1)
    F.pad(torch.ones(2, 3), (0, 2), value=0.0), F.pad(torch.ones(1, 1, 2, 2), (1, 1, 1, 1))
    torch.nn.utils.rnn.pad_sequence([torch.ones(2), torch.ones(3)], batch_first=True)
    torch.tensor([1.5, -2.5]).round().clamp(-1, 1).clamp_min(0).abs().sign().to(torch.uint8)
    (torch.rand(2, 3) * 255).round().to(torch.uint8).float().div(255)
    (
        torch.searchsorted(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([2.5])),
        torch.bucketize(torch.ones(2), torch.ones(2)),
    )


def _math_and_reductions() -> None:
    for dtype in (torch.float32, torch.float64):
        x = torch.randn(3, 4, dtype=dtype)
        x.sum(), x.sum(-1, keepdim=True), x.mean(0), x.std(1), x.var(unbiased=False), x.norm(dim=1)
        x.max(1), x.min(), x.amax((0, 1)), x.argmin(), x.logsumexp(1), x.cumsum(1), x.prod(0)
        x.softmax(-1), x.log_softmax(0), x.exp().log().sqrt().pow(2).rsqrt().reciprocal()
        x.sigmoid(), x.tanh(), x.relu(), F.gelu(x), F.silu(x), F.leaky_relu(x), F.softplus(x), F.elu(x)
        torch.isfinite(x).all(), torch.isnan(x).any(), torch.isclose(x, x).all(), torch.allclose(x, x)
        torch.equal(x, x), (x == x).all(), x.eq(x), x.ne(x).sum(), (x > 0).float().mean()
        x @ x.T, torch.matmul(x, x.mT), torch.bmm(x[None], x.T[None]), torch.einsum("ij,kj->ik", x, x)
        torch.cdist(x, x), torch.outer(x[0], x[1]), torch.addmm(x[:, :3], x, x.T[:, :3]), x.T.mv(x[:, 0])
        torch.nn.functional.normalize(x, dim=1), torch.nn.functional.cosine_similarity(x, x)
        torch.linalg.vector_norm(x, dim=-1), torch.linalg.matrix_norm(x), torch.det(x[:, :3] @ x[:, :3].T)
        x.floor(), x.ceil(), x.trunc(), x.frac(), torch.maximum(x, x), torch.minimum(x, x), x.lerp(x, 0.5)
        x.float(), x.double(), x.half().float(), x.bfloat16().float(), x.long(), x.int(), x.bool()
    counts = torch.tensor([1, 2, 3])
    counts.float().mean(), counts.sum() / counts.numel(), counts.double().mean(), (counts * 1.5).dtype
    (
        torch.tensor(1.0).item(),
        torch.tensor([1.0, 2.0]).tolist(),
        float(torch.tensor(2.0)),
        int(torch.tensor(3)),
    )


def _meta_and_devices() -> None:
    for device in ("meta", "cpu"):
        x = torch.ones(4, 3, device=device)
        torch.zeros(3, device=device), torch.arange(5, device=device), torch.full((2,), 1.0, device=device)
        torch.ones(4, 4, dtype=torch.bool, device=device).tril(), torch.empty(2, 2, device=device).triu()
        torch.where(x > 0, x, torch.zeros_like(x)), x.masked_fill(x > 0, 0.0), x.softmax(-1)
        x @ torch.ones(3, 2, device=device), F.linear(x, torch.ones(2, 3, device=device))
        torch.cat([x, x]), torch.stack([x, x]), x.to(torch.float64), x.sum(0), x.mean(), x.clamp(0, 1)
        (
            F.pad(x, (0, 1)),
            x.unsqueeze(1).expand(4, 2, 3),
            x.view(-1),
            x.new_ones(2),
            x / x.sum(-1, keepdim=True),
        )
        (
            nn.Linear(3, 2, device=device)(x).relu(),
            F.cross_entropy(x, torch.zeros(4, dtype=torch.long, device=device)),
        )
        x.device.type, torch.device(device), x.is_meta, x.to(device), x.new_empty(2).to(x.device)
    model = nn.Linear(3, 2)
    model.to("cpu"), model.to(torch.float64).float(), next(model.parameters()).device


def _autograd() -> None:
    w = torch.randn(3, 2, requires_grad=True)
    x = torch.randn(4, 3, requires_grad=True)
    loss = (x @ w).sigmoid().pow(2).mean()
    grad_w, grad_x = torch.autograd.grad(loss, [w, x], retain_graph=True)
    loss.backward(retain_graph=True)
    loss.backward()
    w.grad.zero_(), x.grad.abs().amax(dim=1), w.detach().clone().requires_grad_(), w.grad.norm()
    with torch.no_grad():
        w -= 0.1 * w.grad
    with torch.inference_mode():
        (x * 2).sum()
    y = x.detach() * 3
    y.requires_grad_(True)
    (y**2).sum().backward(torch.tensor(2.0))
    z = torch.randn(3, requires_grad=True)
    torch.autograd.grad((z * z).sum(), z, create_graph=True)[0].sum().backward()
    torch.autograd.functional.jacobian(lambda v: v.tanh(), torch.randn(2))
    with torch.enable_grad():
        torch.set_grad_enabled(True)


def _modules_and_losses() -> None:
    image = torch.randn(2, 3, 8, 8, requires_grad=True)
    layers = [
        nn.Conv2d(3, 4, 3, padding=1),
        nn.Conv2d(3, 4, 3, stride=2, padding=1, bias=False),
        nn.Conv2d(3, 6, 1),
        nn.Conv2d(3, 4, 5, padding=2),
        nn.Conv2d(3, 3, 3, padding=1, groups=3),
    ]
    for layer in layers:
        out = layer(image)
        (out.sum() + layer.weight.sum()).backward()
    block = nn.Sequential(
        nn.Conv2d(3, 8, 3, padding=1),
        nn.BatchNorm2d(8),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(8, 8, 3, padding="same"),
        nn.AvgPool2d(2),
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
        nn.Dropout(0.1),
        nn.Linear(8, 3),
    )
    for training in (True, False):
        block.train(training)
        F.cross_entropy(block(image), torch.tensor([0, 2])).backward()
    sequence = torch.randn(2, 5, 4)
    nn.Conv1d(4, 6, 3, padding=1)(sequence.transpose(1, 2)).relu().amax(-1).sum().backward()
    nn.LayerNorm(4)(sequence).sum().backward()
    nn.BatchNorm1d(4)(sequence.reshape(-1, 4)).sum().backward()
    nn.BatchNorm1d(4).eval()(sequence.reshape(-1, 4))
    F.layer_norm(sequence, (4,)), F.group_norm(image, 1), F.instance_norm(image), F.dropout(sequence, 0.2)
    embedding = nn.Embedding(10, 4, padding_idx=0)
    tokens = torch.tensor([[1, 2, 0], [3, 0, 0]])
    (embedding(tokens).mean(1) @ embedding.weight.T).sum().backward()
    nn.EmbeddingBag(10, 4, mode="mean")(tokens), F.embedding(tokens, embedding.weight)
    for cell in (
        nn.RNN(4, 3, batch_first=True),
        nn.GRU(4, 3, batch_first=True),
        nn.LSTM(4, 3, batch_first=True),
    ):
        output = cell(sequence)[0]
        output.sum().backward()
    (
        nn.RNNCell(4, 3)(sequence[:, 0]),
        nn.MultiheadAttention(4, 2, batch_first=True)(sequence, sequence, sequence),
    )
    q = torch.randn(2, 2, 5, 3)
    F.scaled_dot_product_attention(q, q, q, is_causal=True), F.scaled_dot_product_attention(q, q, q)
    nn.TransformerEncoderLayer(4, 2, 8, batch_first=True)(sequence)
    modules = nn.ModuleList([nn.Linear(4, 4) for _ in range(2)])
    nn.ModuleDict({"a": modules[0]}), nn.ParameterList([nn.Parameter(torch.ones(2))])
    nn.Identity()(sequence), nn.Unflatten(1, (5, 1))(sequence.reshape(2, 20)[:, :5])
    logits, labels = torch.randn(4, 3, requires_grad=True), torch.tensor([0, 2, 1, 2])
    weight = torch.tensor([1.0, 2.0, 0.5])
    losses = [
        F.cross_entropy(logits, labels),
        F.cross_entropy(logits, labels, weight=weight, label_smoothing=0.1, reduction="sum"),
        F.cross_entropy(logits, F.one_hot(labels, 3).float()),
        F.nll_loss(logits.log_softmax(1), labels, reduction="none").mean(),
        F.binary_cross_entropy_with_logits(logits, torch.rand(4, 3), pos_weight=weight),
        F.binary_cross_entropy(logits.sigmoid(), torch.rand(4, 3)),
        F.mse_loss(logits, torch.zeros(4, 3)),
        F.l1_loss(logits, torch.zeros(4, 3), reduction="sum"),
        F.smooth_l1_loss(logits, torch.zeros(4, 3)),
        F.huber_loss(logits, torch.zeros(4, 3), delta=0.5),
        F.kl_div(logits.log_softmax(1), torch.full((4, 3), 1 / 3), reduction="batchmean"),
        nn.CrossEntropyLoss(ignore_index=1)(logits, labels),
    ]
    sum(losses).backward()
    for loss in (
        nn.MSELoss(),
        nn.L1Loss(),
        nn.HuberLoss(),
        nn.SmoothL1Loss(),
        nn.BCEWithLogitsLoss(),
        nn.BCELoss(),
    ):
        loss(logits.detach().sigmoid(), torch.rand(4, 3))
    model = nn.Sequential(nn.Linear(3, 4), nn.Tanh(), nn.Linear(4, 1))
    model.apply(lambda m: nn.init.xavier_uniform_(m.weight) if isinstance(m, nn.Linear) else None)
    (
        nn.init.zeros_(model[0].bias),
        nn.init.normal_(model[2].weight, std=0.02),
        nn.init.kaiming_normal_(model[0].weight),
    )
    (
        list(model.named_parameters()),
        list(model.named_modules()),
        list(model.buffers()),
        model.extra_repr(),
        repr(model),
    )
    (
        sum(p.numel() for p in model.parameters() if p.requires_grad),
        model.requires_grad_(False).requires_grad_(True),
    )
    model.register_buffer("steps", torch.zeros(()))
    model.state_dict()["steps"].add_(1)


def _optimizers_and_checkpoints() -> None:
    model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
    x, y = torch.randn(8, 3), torch.tensor([0, 1] * 4)
    optimizers = [
        torch.optim.SGD(model.parameters(), lr=0.1),
        torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, nesterov=True, weight_decay=1e-4),
        torch.optim.Adam(model.parameters(), lr=1e-3, weight_decay=1e-4),
        torch.optim.AdamW(model.parameters(), lr=1e-3),
        torch.optim.RMSprop(model.parameters(), lr=1e-3),
    ]
    for optimizer in optimizers:
        scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=1, gamma=0.5)
        for _ in range(2):
            optimizer.zero_grad(set_to_none=True)
            F.cross_entropy(model(x), y).backward()
            nn.utils.clip_grad_norm_(model.parameters(), 1.0)
            nn.utils.clip_grad_value_(model.parameters(), 1.0)
            optimizer.step()
            scheduler.step()
        optimizer.param_groups[0]["lr"], optimizer.state_dict(), scheduler.get_last_lr()
    for make in (
        lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=4),
        lambda o: torch.optim.lr_scheduler.LambdaLR(o, lambda epoch: 0.9**epoch),
        lambda o: torch.optim.lr_scheduler.ReduceLROnPlateau(o),
        lambda o: torch.optim.lr_scheduler.OneCycleLR(o, max_lr=0.1, total_steps=4),
    ):
        optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
        scheduler = make(optimizer)
        optimizer.step()
        scheduler.step(1.0) if isinstance(
            scheduler, torch.optim.lr_scheduler.ReduceLROnPlateau
        ) else scheduler.step()
    for state in (model.state_dict(), {"model": model.state_dict(), "optimizer": optimizers[3].state_dict()}):
        buffer = io.BytesIO()
        torch.save(state, buffer)
        buffer.seek(0)
        loaded = torch.load(buffer, weights_only=True)
        buffer.seek(0)
        torch.load(buffer, map_location="cpu", weights_only=True)
    model.load_state_dict(loaded["model"], strict=True)
    optimizers[3].load_state_dict(loaded["optimizer"])
    copy = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
    copy.load_state_dict(model.state_dict()), copy.eval(), copy.train()
    loader = torch.utils.data.DataLoader(torch.utils.data.TensorDataset(x, y), batch_size=3, shuffle=True)
    for batch_x, batch_y in loader:
        batch_x.shape, batch_y.tolist()
    torch.utils.data.random_split(
        torch.utils.data.TensorDataset(x, y), [6, 2], torch.Generator().manual_seed(0)
    )


def _python_protocols() -> None:
    """``isinstance`` against abstract base classes caches its answer per class: fill those caches."""
    samples = [torch.ones(1), torch.Size([1]), nn.Linear(1, 1), nn.ModuleList(), nn.Sequential(), torch.float32,
               nn.Parameter(torch.ones(1)), torch.device("cpu"), torch.Generator(), {}, [], (), 1.0, 1, "", None]  # fmt: skip
    protocols = [collections.abc.Mapping, collections.abc.Sequence, collections.abc.Iterable,
                 collections.abc.Sized, collections.abc.Container, collections.abc.Callable,
                 collections.abc.MutableMapping, collections.abc.Hashable, collections.abc.Set]  # fmt: skip
    for sample in samples:
        for protocol in protocols:
            isinstance(sample, protocol)
    math.isfinite(1.0), math.isclose(1.0, 1.0), f"{torch.ones(2)!r} {torch.ones(2)} {nn.Linear(1, 1)}"


BLOCKS: list[Callable[[], None]] = [
    _tensors_and_indexing,
    _math_and_reductions,
    _meta_and_devices,
    _autograd,
    _modules_and_losses,
    _optimizers_and_checkpoints,
    _python_protocols,
]


def warm_process() -> list[str]:
    """Run every block once; returns the names of blocks that raised (an older torch, say).

    Warnings are recorded and dropped (a zygote has nowhere to show them); leaving ``catch_warnings``
    resets the "already shown" registries, so a warning Python shows once per process still shows when a
    learner's code triggers it.
    """
    failed = []
    with torch.random.fork_rng(devices=[]), warnings.catch_warnings(record=True):
        warnings.simplefilter("always")
        torch.manual_seed(0)
        for block in BLOCKS:
            try:
                block()
            except Exception:  # noqa: BLE001 - warming is best effort: grading works without it
                failed.append(block.__name__)
    return failed

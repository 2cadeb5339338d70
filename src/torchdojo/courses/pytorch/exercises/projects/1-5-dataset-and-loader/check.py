"""Project 1.5: the batches of one seeded epoch must match the reference exactly, padding included."""

import torch

from torchdojo.grader.spec import Case, Check


def dataset(generator, count, longest):
    lengths = torch.randint(1, longest + 1, (count,), generator=generator)
    sequences = [torch.randint(1, 50, (int(length),), generator=generator) for length in lengths]
    labels = torch.randint(0, 3, (count,), generator=generator)
    return sequences, labels


def cases(generator):
    sequences, labels = dataset(generator, 10, 6)
    yield Case(
        "10 examples, batches of 4",
        {"sequences": sequences, "labels": labels, "batch_size": 4, "drop_last": False, "seed": 1},
        note="the last batch has 2",
    )
    yield Case(
        "10 examples, batches of 4, drop_last",
        {"sequences": sequences, "labels": labels, "batch_size": 4, "drop_last": True, "seed": 1},
    )
    yield Case(
        "batch larger than the dataset",
        {"sequences": sequences[:3], "labels": labels[:3], "batch_size": 8, "drop_last": False, "seed": 2},
    )
    sequences, labels = dataset(generator, 25, 9)
    yield Case(
        "hidden: 25 examples",
        {"sequences": sequences, "labels": labels, "batch_size": 6, "drop_last": False, "seed": 7},
        hidden=True,
    )


CHECK = Check(entry="load_batches", cases=cases, seed=3, exact=True)

"""Check spec for broadcasting/nearest-centroid: clustered and scattered points, N = 0, K = 1, float64, non-contiguous."""

import torch

from torchdojo.grader.spec import Case, Check, noncontiguous, randint, randn


def clustered(generator, n, k, d, *, dtype=torch.float32, spread=5.0):
    """Points scattered around well-separated centroids, so the nearest one is never a near tie."""
    centroids = randn(generator, k, d, dtype=dtype, scale=spread)
    owner = randint(generator, 0, k, n)
    x = centroids[owner] + randn(generator, n, d, dtype=dtype, scale=0.3)
    return {"x": x, "centroids": centroids}


def scattered(generator, n, k, d, *, box=4.0):
    """Points drawn uniformly over a box around the centroids, not clustered: many lie between centroids."""
    centroids = randn(generator, k, d, scale=box / 2)
    x = (torch.rand(n, d, generator=generator) * 2 - 1) * box
    return {"x": x, "centroids": centroids}


def cases(generator):
    yield Case("N=8, K=3, D=2", clustered(generator, 8, 3, 2))
    yield Case("N=5, K=6, D=4", clustered(generator, 5, 6, 4), note="more centroids than points")
    yield Case("one centroid", clustered(generator, 4, 1, 3), note="K = 1: every index is 0")
    yield Case("one point", clustered(generator, 1, 4, 2), note="N = 1")
    yield Case(
        "no points",
        {"x": torch.empty(0, 3), "centroids": randn(generator, 2, 3)},
        note="N = 0: an empty (0,) result",
    )
    yield Case("float64", clustered(generator, 6, 3, 3, dtype=torch.float64))
    args = clustered(generator, 7, 3, 4)
    yield Case("non-contiguous x", {"x": noncontiguous(args["x"]), "centroids": args["centroids"]})
    yield Case(
        "scattered points",
        scattered(generator, 30, 4, 3),
        note="points spread evenly between the centroids, not clustered around one",
    )
    yield Case("hidden bigger", clustered(generator, 40, 5, 8), hidden=True)


CHECK = Check(entry="nearest_centroid", cases=cases, seed=108, exact=True)

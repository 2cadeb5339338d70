"""Check spec for labs/training/step-5: plateaus, new bests, ties, noisy curves, short histories."""

from torchdojo.grader.spec import Case, Check


def cases(generator):
    yield Case("plateau after a best", {"val_losses": [1.0, 0.8, 0.7, 0.72, 0.71], "patience": 2})
    yield Case("new best at the end", {"val_losses": [1.0, 0.8, 0.7, 0.72, 0.69], "patience": 2})
    yield Case("too early", {"val_losses": [1.0, 1.1], "patience": 2}, note="only 2 epochs, patience 2")
    yield Case(
        "noisy but not beating the best",
        {"val_losses": [0.5, 0.9, 0.6, 0.55], "patience": 2},
        note="each epoch beats the previous one, but not the best (0.5)",
    )
    yield Case("still improving", {"val_losses": [0.9, 0.8, 0.7, 0.6], "patience": 1})
    yield Case(
        "a tie with the best",
        {"val_losses": [1.0, 0.7, 0.8, 0.7], "patience": 2},
        note="the window's lowest loss equals the best before it (0.7)",
    )
    yield Case(
        "hidden: longer plateau",
        {"val_losses": [2.0, 1.0, 0.9, 0.95, 0.93, 0.91, 0.92], "patience": 3},
        hidden=True,
    )


CHECK = Check(entry="should_stop", cases=cases, exact=True)

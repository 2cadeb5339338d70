"""Check spec for training/warmup-cosine-lr: every region and its borders, no warmup, min_lr > 0."""

from torchdojo.grader.spec import Case, Check


def lr_case(name, step, warmup, total, max_lr=1e-3, min_lr=1e-4, *, hidden=False, note=""):
    args = {"step": step, "warmup_steps": warmup, "total_steps": total, "max_lr": max_lr, "min_lr": min_lr}
    return Case(name, args, hidden=hidden, note=note)


def cases(generator):
    yield lr_case("step 0", 0, 10, 100, note="warmup starts at 0")
    yield lr_case("mid-warmup", 3, 10, 100)
    yield lr_case("end of warmup", 10, 10, 100, note="step = warmup_steps: the peak, max_lr")
    yield lr_case("a quarter into the decay", 30, 10, 90)
    yield lr_case("halfway through the decay", 55, 10, 100, max_lr=0.1, min_lr=0.0)
    yield lr_case("last step", 100, 10, 100, note="step = total_steps: min_lr")
    yield lr_case("after the schedule", 150, 10, 100, note="past total_steps the rate stays at min_lr")
    yield lr_case("no warmup", 0, 0, 50, note="warmup_steps = 0: the decay starts at max_lr")
    yield lr_case("hidden: long run", 7_321, 500, 10_000, max_lr=6e-4, min_lr=6e-5, hidden=True)
    yield lr_case("hidden: warmup", 77, 200, 1_000, max_lr=3e-4, min_lr=0.0, hidden=True)


CHECK = Check(entry="warmup_cosine_lr", cases=cases, seed=304, float_tolerance=(1e-6, 1e-12))

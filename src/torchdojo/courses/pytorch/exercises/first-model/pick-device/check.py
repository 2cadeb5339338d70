"""Check spec for first-model/pick-device: both preferences, on whatever machine grades it.

The reference runs on the same machine as the learner's code, so "available" means the same thing to both.
"""

from torchdojo.grader.spec import Case, Check


def cases(generator):
    yield Case("prefer the GPU", {"prefer_gpu": True}, note="use a GPU only if this machine has one")
    yield Case("CPU requested", {"prefer_gpu": False}, note="prefer_gpu=False always means the CPU")
    yield Case("hidden: prefer the GPU again", {"prefer_gpu": True}, hidden=True)


CHECK = Check(entry="pick_device", cases=cases, seed=0)

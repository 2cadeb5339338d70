# expect: failed
import os

from torchdojo.settings import BUNDLED_COURSE

LISTING = sorted(os.listdir(BUNDLED_COURSE)) if os.path.isdir(BUNDLED_COURSE) else ["missing"]
print("course listing:", LISTING)


def pairwise_distances(a, b):
    return None

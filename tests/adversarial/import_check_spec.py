# expect: error
import importlib.util

from torchdojo.settings import BUNDLED_COURSE

path = BUNDLED_COURSE / "exercises/tensors/pairwise-distances/check.py"
spec = importlib.util.spec_from_file_location("stolen", path)
module = importlib.util.module_from_spec(spec)
spec.loader.exec_module(module)


def pairwise_distances(a, b):
    return a

# expect: error
# secret: the reference solution must not be readable from the sandbox
from torchdojo.settings import BUNDLED_COURSE


def pairwise_distances(a, b):
    source = (BUNDLED_COURSE / "exercises/tensors/pairwise-distances/solution.py").read_text()
    print(source)
    namespace = {}
    exec(source, namespace)
    return namespace["pairwise_distances"](a, b)

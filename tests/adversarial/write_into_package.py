# expect: error
import torchdojo.grader.judge as judge


def pairwise_distances(a, b):
    with open(judge.__file__, "a") as handle:
        handle.write("\n# tampered\n")
    return a

# expect: failed
class Evil:
    def __repr__(self):
        while True:
            pass

    def __eq__(self, other):
        return True

    def __reduce__(self):
        return (print, ("pickled!",))


def pairwise_distances(a, b):
    return Evil()

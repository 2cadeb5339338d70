# expect: error
class Escape(BaseException):
    pass


def pairwise_distances(a, b):
    raise Escape("not an Exception subclass")

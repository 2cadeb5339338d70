# expect: error runs : must match the size
def batched_affine(points, A, t):
    return points @ A.transpose(1, 2) + t

# expect: failed values : applies A's transpose
def batched_affine(points, A, t):
    return points @ A + t[:, None, :]

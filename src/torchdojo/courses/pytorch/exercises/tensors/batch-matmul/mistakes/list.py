# expect: failed type : Python list
def batch_matmul(a, b):
    return [a[i] @ b[i] for i in range(a.shape[0])]

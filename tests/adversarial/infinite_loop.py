# expect: timed_out
def pairwise_distances(a, b):
    count = 0
    while True:
        count += 1

# expect: error
import subprocess


def pairwise_distances(a, b):
    subprocess.run(["sh", "-c", "cat /etc/passwd"], check=True)
    return a

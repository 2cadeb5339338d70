# expect: error
import socket


def pairwise_distances(a, b):
    connection = socket.create_connection(("127.0.0.1", 8000), timeout=1)
    connection.sendall(b"GET / HTTP/1.0\r\n\r\n")
    return a

# expect: failed dtype : uint8
def float_to_uint8(x):
    return (x * 255).round().clamp(0, 255)

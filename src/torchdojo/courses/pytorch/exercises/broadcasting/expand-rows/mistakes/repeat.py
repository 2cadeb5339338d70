# expect: memory_exceeded runs : can't allocate memory
def tile_rows(row, n):
    return row.repeat(n, 1)

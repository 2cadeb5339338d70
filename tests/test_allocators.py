"""The zygote fills its allocators' free slots so that children allocate from fresh memory (``allocators``).

Each check runs in a fresh interpreter: filling leaves allocations behind on purpose.
"""

import subprocess
import sys
import textwrap

import pytest


def run(code: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


@pytest.mark.parametrize("fill", [False, True])
def test_new_small_objects_go_to_fresh_pools_once_the_free_blocks_are_filled(fill):
    out = run(
        f"""
        import gc
        from torchdojo.grader import allocators
        gc.disable()
        kept = [[] for _ in range(60_000)]
        del kept[::2]  # frees every other block: holes in every pool of that size
        old_pools = {{id(item) >> 14 for item in kept}}
        assert sum(allocators.small_object_free_blocks().values()) > 20_000
        if {fill}:
            assert allocators.fill_small_object_blocks() > 20_000
            assert sum(allocators.small_object_free_blocks().values()) < 5_000
        fresh = [[] for _ in range(2_000)]
        print(sum(id(item) >> 14 in old_pools for item in fresh) / len(fresh))
        """
    )
    share_in_old_pools = float(out)
    if fill:
        assert share_in_old_pools < 0.05
    else:
        assert share_in_old_pools > 0.9  # without filling, the holes are reused first


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc malloc")
@pytest.mark.parametrize("fill", [False, True])
def test_malloc_holes_are_filled_so_new_chunks_come_from_the_top(fill):
    out = run(
        f"""
        import ctypes
        from torchdojo.grader import allocators
        libc = ctypes.CDLL(None)
        libc.malloc.restype = ctypes.c_void_p
        libc.malloc.argtypes = [ctypes.c_size_t]
        libc.free.argtypes = [ctypes.c_void_p]
        chunks = [libc.malloc(200) for _ in range(4_000)]
        for pointer in chunks[:-1:2]:
            libc.free(pointer)  # holes below the last chunk (which keeps them off the top)
        if {fill}:
            assert allocators.fill_malloc_holes() > 0
        fresh = [libc.malloc(200) for _ in range(500)]
        print(sum(pointer < chunks[-1] for pointer in fresh) / len(fresh))
        """
    )
    share_in_holes = float(out)
    if fill:
        assert share_in_holes < 0.05
    else:
        assert share_in_holes > 0.9


def test_the_statistics_name_free_blocks_by_block_size():
    free = eval(run("from torchdojo.grader import allocators; print(allocators.small_object_free_blocks())"))
    assert free and all(size % 8 == 0 and 0 < size <= 512 for size in free)
    assert all(count >= 0 for count in free.values())


def test_the_hole_filling_keeps_no_more_than_the_holes_it_found_whatever_malloc_answers():
    """A heap whose top cannot be told apart (every chunk looks like a hole, none ever shrinks the holes)
    must not make the zygote allocate without end."""
    from torchdojo.grader import allocators

    class Libc:
        def __init__(self):
            self.kept = 0
            self.next = 1 << 20

            def mallinfo2():
                return allocators._MallInfo2(fordblks=200_000, keepcost=0)

            def malloc(size):
                self.kept += size
                self.next += size
                return self.next

            self.mallinfo2, self.malloc = mallinfo2, malloc
            self.free = lambda pointer: None
            self.sbrk = lambda increment: 1 << 60  # the "top" is far above every chunk

    libc = Libc()
    allocators.fill_malloc_holes(libc)
    caches = sum(range(16, 1040, 16)) * 7
    assert libc.kept - caches <= 200_000 + (1 << 20) + (1 << 16)

import sys
vals = [0, 1, -1, 2**30-1, 2**30, 2**60, 2**90, True, False, 1.5, 1j, None, '', 'a', 'abc', 'éa', '中', '😀', 'hello world', b'', b'ab', bytearray(b'ab'), bytearray(), (), (1,), (1,2,3), [], [1], list(range(10)), {}, {'a':1}, dict.fromkeys(range(6)), dict.fromkeys(range(10)), {str(i): i for i in range(30)}, set(), {1}, set(range(10)), set(range(40)), frozenset(), range(5), object(), Ellipsis]
for v in vals: print(repr(v)[:20], sys.getsizeof(v))
class C: pass
class S:
    __slots__ = ('a', 'b')
print(sys.getsizeof(C()), sys.getsizeof(S()))
class Sized:
    def __sizeof__(self): return 100
print(sys.getsizeof(Sized()))

import reprlib
from collections import deque
print(reprlib.repr(list(range(100))))
print(reprlib.repr(tuple(range(3))), reprlib.repr((1,)), reprlib.repr(()))
print(reprlib.repr(set(range(20))), reprlib.repr(frozenset("abcdefghij")), reprlib.repr(set()), reprlib.repr(frozenset()))
print(reprlib.repr({i: str(i) for i in range(10)}), reprlib.repr({}))
print(reprlib.repr(deque(range(10))))
print(reprlib.repr("x" * 100), reprlib.repr("short"), reprlib.repr("a'b" * 20))
print(reprlib.repr(2 ** 300), reprlib.repr(-12345))
print(reprlib.repr([[[[[[[[1]]]]]]]]))
print(reprlib.repr({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))
print(reprlib.repr(3.5), reprlib.repr(None), reprlib.repr(b"x" * 50))

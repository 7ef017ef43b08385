print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int])
a = list[int]
print(a.__origin__, a.__args__, a([1, 2]), a == list[int], list[int] == list[str])
def f(x: dict[str, int]) -> list[str]: ...
print(f.__annotations__)
class L(list[int]): pass
print(L.__bases__, L([3]))
import collections.abc
try:
    isinstance([], list[int])
except TypeError as e: print(e)

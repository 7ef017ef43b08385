print(isinstance(1, int), isinstance(1, (str, float)), isinstance(True, int), isinstance(1, bool))
print(isinstance([], (list, tuple)), isinstance((), (list, (dict, tuple))), isinstance({}, dict))
print(isinstance(None, object), isinstance(int, object), isinstance(3, object))
print(issubclass(int, object), issubclass(bool, int), issubclass(int, (str, int)), issubclass(list, list))
print(isinstance('x', str | None), isinstance(None, str | None), isinstance(1.0, int | str))
try:
    isinstance(1, [int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(1, int)
except TypeError as e:
    print(type(e).__name__, e)

cases = [lambda: list.append((), 1), lambda: dict.get([], 1), lambda: set.add([], 1), lambda: list.sort(()), lambda: dict.keys([]),
         lambda: list.extend(None, [1]), lambda: int.bit_length("x"), lambda: float.is_integer(1), lambda: dict.update([], {}),
         lambda: tuple.count([], 1), lambda: list.append(), lambda: str.upper(5), lambda: str.join(',', ['a', 'b']),
         lambda: int.from_bytes(b'\x01\x00', 'big'), lambda: bytes.fromhex('ff'), lambda: str.maketrans('a', 'b'), lambda: dict.fromkeys('ab'),
         lambda: object.__new__(object).__class__.__name__, lambda: int.__add__(1, 2), lambda: list.__len__([1, 2]), lambda: str.__add__('a', 'b')]
for c in cases:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
class L(list): pass
print(list.append(L(), 1), len(L([1])))

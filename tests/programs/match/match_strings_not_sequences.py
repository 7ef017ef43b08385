def check(x):
    match x:
        case [a, b, c]:
            return f'sequence of 3: {a}{b}{c}'
        case str() if len(x) == 3:
            return 'string of length 3 is not a sequence pattern'
        case bytearray():
            return 'bytearray is not a sequence pattern either'
        case _:
            return 'other'
print(check('abc'), check(['a', 'b', 'c']), check(bytearray(b'abc')), check(b'abc'))
import collections
dq = collections.deque([1, 2, 3])
print(check(dq), check(range(3)), check(memoryview(b'abc')))
match {'a': 1}:
    case [*_]:
        print('dict matched sequence?')
    case {**rest}:
        print('dict is a mapping', rest)

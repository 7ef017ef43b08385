def describe(x):
    match x:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case 'hello':
            return 'greeting'
        case b'bytes':
            return 'bytes literal'
        case None:
            return 'none'
        case True:
            return 'true'
        case False:
            return 'false'
        case 2.5:
            return 'two and a half'
        case 1j:
            return 'imaginary'
        case _:
            return f'other {x!r}'
for v in [0, 2, -1, 'hello', b'bytes', None, True, False, 2.5, 1j, 1.0, 'x', 99]:
    print(repr(v), '->', describe(v))
def bools_first(x):
    match x:
        case True:
            return 'is True'
        case False:
            return 'is False'
        case 1:
            return 'equals 1'
        case 0:
            return 'equals 0'
print([bools_first(v) for v in [True, False, 1, 0, 1.0]])

def kind(x):
    match x:
        case bool(b):
            return f'bool {b}'
        case int(i):
            return f'int {i}'
        case float(f):
            return f'float {f}'
        case str() as s if not s:
            return 'empty str'
        case str(s):
            return f'str {s}'
        case list([first, *_]):
            return f'list starting {first}'
        case tuple((a, b)):
            return f'pair {a} {b}'
        case dict({'k': v}):
            return f'dict with k={v}'
        case bytes(bs):
            return f'bytes {bs!r}'
        case _:
            return f'other {type(x).__name__}'
for v in [True, 7, 2.5, '', 'txt', [9, 8], [], (1, 2), (1, 2, 3), {'k': 0}, b'z', None, {1}]:
    print(kind(v))

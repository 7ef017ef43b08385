for v in [1, -1.5, 'text', "it's", 'say "x"', None, True, [1, 'a'], (1,), {'k': 'v'}, {1}, b'b', 1j, range(3), slice(1, 2), ..., NotImplemented]:
    print(repr(v), '|', str(v))
print(repr(int), repr(str.upper), repr([].append)[:28], repr(print))
print(ascii('é€'), ascii(['ü']), repr('\t\x00'))

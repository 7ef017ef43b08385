cases = [
    'a, b = [1]',
    'a, b = [1, 2, 3]',
    'a, b = 5',
    'a, *b, c = [1]',
    'a, b = "abc"',
    'a, (b, c) = 1, 2',
    'a, b = {1: 2}',
    '[a] = []',
]
for src in cases:
    try:
        exec(src)
    except (ValueError, TypeError) as e:
        print(src, '->', type(e).__name__, e)
a, b = {'x': 1, 'y': 2}
print(a, b)
a, b = {3, 3}.union({4}) if False else (3, 4)
print(a, b)

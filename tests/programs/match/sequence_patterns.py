def shape(seq):
    match seq:
        case []:
            return 'empty'
        case [x]:
            return f'one: {x}'
        case [x, y]:
            return f'two: {x}, {y}'
        case [first, *middle, last] if len(middle) > 2:
            return f'long: {first}..{last} ({len(middle)} in middle)'
        case (a, b, *rest):
            return f'many: {a}, {b}, rest={rest}'
for s in [[], [1], (1, 2), [1, 2, 3], list(range(7)), range(3), 'ab', b'ab', {1, 2}, {'a': 1}]:
    print(repr(s), '->', shape(s))
match [1, [2, 3], (4, 5)]:
    case [a, [b, c], (d, e)]:
        print('nested', a, b, c, d, e)
match (1, 2, 3):
    case [*_, 3]:
        print('ends with 3')
match [1, 2]:
    case [1, 2, *rest]:
        print('rest is empty list:', rest)

cases = [lambda: (1).bit_length(2), lambda: [].copy(1), lambda: {}.keys(1), lambda: (1.5).is_integer(3), lambda: [1].clear(2),
         lambda: {}.items(1, 2), lambda: set().copy(0), lambda: (2).bit_count(1), lambda: (1.5).as_integer_ratio(1), lambda: [1].reverse(0),
         lambda: {1: 2}.popitem(1), lambda: (1j).conjugate(2), lambda: (5).as_integer_ratio(9)]
for c in cases:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
print([3, 1].copy(), {1: 2}.copy(), (7).bit_length(), (2.0).is_integer())

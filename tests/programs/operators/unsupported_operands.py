cases = [
    lambda: 1 + None,
    lambda: [] - [],
    lambda: {} + {},
    lambda: 'a' - 'b',
    lambda: None < 1,
    lambda: -'a',
    lambda: ~1.5,
    lambda: [1] * 1.5,
    lambda: 1 / 0,
    lambda: 1 // 0,
    lambda: 1 % 0,
    lambda: 1.0 / 0,
    lambda: 1.0 // 0.0,
    lambda: 0 ** -1,
    lambda: 0.0 ** -1,
    lambda: divmod(1, 0),
    lambda: (1, 2) + [3],
    lambda: {1} + {2},
]
for c in cases:
    try:
        print(c())
    except Exception as e:
        print(type(e).__name__ + ':', e)

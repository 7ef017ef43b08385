five, text, nothing = 5, 'abc', None
cases = [
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: abs('x'),
    lambda: sorted(1),
    lambda: min(),
    lambda: max([]),
    lambda: isinstance(1, 1),
    lambda: getattr(1),
    lambda: print(sep=1),
    lambda: int(x=1),
    lambda: sum(['a', 'b']),
    lambda: divmod(1),
    lambda: chr('a'),
    lambda: five(),
    lambda: text(),
    lambda: nothing(),
    lambda: [].append(),
    lambda: {}.get(),
    lambda: round('1.5'),
    lambda: hash([]),
    lambda: iter(),
]
for c in cases:
    try:
        c()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

import reprlib
data = [1, [2, [3, [4, [5]]]], {'k': (1,), 'z': []}, ()]
for ind in [2, '--', 0, '']:
    r = reprlib.Repr(indent=ind, maxlevel=4)
    print(r.repr(data))
for bad in [-1, 1.5]:
    r = reprlib.Repr(indent=bad)
    try:
        r.repr([1, 2])
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(reprlib.Repr(indent=4).repr([]))

print(1 < 2, 2 < 1, 1 <= 1, 1 >= 2, 1 == 1.0, 1 != 1)
print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1.0)
print(1 < 2 > 0, 0 < 1 != 1)
calls = []
def v(x):
    calls.append(x)
    return x
print(v(1) < v(0) < v(5))
print(calls)
calls.clear()
print(v(1) < v(2) < v(3))
print(calls)
print('abc' < 'abd', 'a' < 'B', 'Z' < 'a', '' < 'a')
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], (1, 'a') < (1, 'b'))
print([1, 2] == [1, 2], (1,) == [1], {1: 2} == {1: 2})
print(float('nan') == float('nan'), float('nan') != float('nan'))
for a, b in [(1, 'a'), ([], ()), (None, 0)]:
    try:
        a < b
    except TypeError as e:
        print(type(e).__name__, e)
print(1 == 'a', None == 0, [] == ())

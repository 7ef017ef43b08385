print(1 and 2, 0 and 2, 1 or 2, 0 or 2, '' or 'default', None or 0)
print([] and 'x', [1] and 'x', not 0, not 'a')
print(0 or '' or None, 1 and 'a' and [3])
calls = []
def t(x):
    calls.append(x)
    return x
t(0) and t(1)
t(1) or t(2)
t(0) or t(3) and t(4)
print(calls)
print(not 1 == 2, (not 1) == 2)
x = 5
print(0 < x and x < 10, x > 10 or x < 0)
print(True and None, False or None)

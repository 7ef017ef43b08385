x = 'outer'
result = [x for x in range(3)]
print(result, x)
y = 10
print([y + i for i in range(3)])
def f():
    z = 5
    return [z * i for i in range(3)]
print(f())
class C:
    data = [1, 2, 3]
    total = sum(v for v in data)
    first = [v for v in data][0]
print(C.total, C.first)
print([(lambda: i)() for i in range(3)])
print([f() for f in [lambda: i for i in range(3)]])
n = 3
print([[n * r + c for c in range(n)] for r in range(n)])
print([v := 1, v + 1])
try:
    [undefined_in_comp for _ in range(1)]
except NameError as e:
    print(type(e).__name__, e)

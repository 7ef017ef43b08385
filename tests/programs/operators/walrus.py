data = [1, 5, 12, 3, 20]
if (n := len(data)) > 3:
    print("long", n)
print([y for x in data if (y := x * 2) > 10])
print(y)
it = iter([3, 2, 1, 0, 9])
while (v := next(it)) != 0:
    print("v", v)
def f():
    total = 0
    [total := total + i for i in range(5)]
    return total
print(f())
print((z := 5) + z)
print([(a := i, a * a) for i in range(3)], a)

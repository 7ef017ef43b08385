class V:
    def __pow__(self, n, mod=None): return ("pow", n, mod)
    def __rpow__(self, n, mod=None): return ("rpow", n, mod)
print(pow(V(), 2, 3), pow(V(), 2), 2 ** V(), pow(2, V()))
for args in [(2, 3, "x"), (2.0, 3, 5), (2, 3.0, 5), ("a", 2, 3), (2, V(), 3)]:
    try:
        print(pow(*args))
    except TypeError as e:
        print("TypeError", e)
print(pow(3, 4, 5), pow(3, -1, 7), pow(True, 2, 3))

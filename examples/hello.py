# A small tour of Python features that Ferrython runs.


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"


def make_counter(start):
    count = start

    def bump(step=1):
        nonlocal count
        count += step
        return count

    return bump


def safe_divide(a, b):
    try:
        return a / b
    except ZeroDivisionError as e:
        return f"error: {e}"


print("Hello from Ferrython!")

v = Vector(1, 2) + Vector(3, 4)
print(v, [v, Vector(0, -1)])

squares = [n * n for n in range(10) if n % 2 == 0]
print(f"even squares: {squares}, total {sum(squares)}")

ages = {"ada": 36, "alan": 41, "grace": 85}
ages["guido"] = 68
for name, age in sorted(ages.items(), key=lambda kv: kv[1]):
    print(f"{name:>6} is {age:3d} years old")

counter = make_counter(10)
counter()
print("counter:", counter(5))

print(safe_divide(7, 2), safe_divide(1, 0))
print("2 ** 100 =", 2 ** 100)

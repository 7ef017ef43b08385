# method_calls: object-oriented code dominated by method calls: a class
# hierarchy of shapes and accounts with overriding, super() chains,
# properties, classmethods, staticmethods, bound-method objects and
# dunder methods.
# quick: 2000
import sys


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0

    def perimeter(self):
        return 0

    def describe(self):
        return self.area() + 2 * self.perimeter()

    @classmethod
    def created(cls):
        return cls.count

    @staticmethod
    def clamp(v, lo, hi):
        return lo if v < lo else hi if v > hi else v


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def scale(self, k):
        self.w *= k
        self.h *= k
        return self


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    def describe(self):
        return super().describe() + 1


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self._r = r

    @property
    def r(self):
        return self._r

    @r.setter
    def r(self, value):
        self._r = value

    def area(self):
        return 3 * self.r * self.r

    def perimeter(self):
        return 6 * self.r


class Counter:
    def __init__(self):
        self.n = 0

    def inc(self):
        self.n += 1
        return self

    def add(self, k):
        self.n += k
        return self

    def get(self):
        return self.n

    def __len__(self):
        return self.n % 1000

    def __eq__(self, other):
        return isinstance(other, Counter) and self.n == other.n

    def __hash__(self):
        return hash(self.n)

    def __lt__(self, other):
        return self.n < other.n


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = 0

    def deposit(self, amount):
        self.balance += amount
        self.history += 1

    def withdraw(self, amount):
        if amount > self.balance:
            return False
        self.balance -= amount
        self.history += 1
        return True

    def transfer(self, other, amount):
        if self.withdraw(amount):
            other.deposit(amount)
            return True
        return False


def shapes_round(n):
    shapes = []
    for i in range(n // 10):
        k = i % 7 + 1
        shapes.append(Rect(k, k + 1))
        shapes.append(Square(k))
        shapes.append(Circle(k))
    total = 0
    for s in shapes:
        total += s.describe()
        total += Shape.clamp(s.area(), 5, 50)
    for s in shapes:
        if isinstance(s, Circle):
            s.r = s.r + 1
        elif isinstance(s, Rect):
            s.scale(2)
        total += s.area()
    return total, Shape.created()


def counters_round(n):
    c = Counter()
    inc = c.inc
    for i in range(n):
        inc()
        c.add(i & 3).inc()
    others = [Counter().add(i % 10) for i in range(100)]
    ordered = sorted(others)
    return c.get(), len(c), ordered[0] == others[0], len(set(others))


def bank_round(n):
    accounts = [Account("acct%d" % i, 100) for i in range(16)]
    ok = 0
    for i in range(n):
        a = accounts[i % 16]
        b = accounts[(i * 7 + 3) % 16]
        if a.transfer(b, (i % 50) + 1):
            ok += 1
    return ok, sum(a.balance for a in accounts), sum(a.history for a in accounts)


def main(n):
    print("shapes", shapes_round(n))
    print("counters", counters_round(n))
    print("bank", bank_round(n))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1200000)

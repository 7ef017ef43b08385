# sort_keys: list sorting: plain ints/floats/strings, key functions (lambda,
# tuples, bound methods), reverse and stability, sorting records by several
# fields, and merging pre-sorted runs.
# quick: 2000
import sys


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return self.state


class Employee:
    __slots__ = ("name", "dept", "age", "salary")

    def __init__(self, name, dept, age, salary):
        self.name = name
        self.dept = dept
        self.age = age
        self.salary = salary

    def sort_key(self):
        return (self.dept, -self.salary, self.name)


def checksum(seq):
    h = 0
    for i, x in enumerate(seq):
        if isinstance(x, str):
            v = 0
            for ch in x:
                v = v * 131 + ord(ch)
        else:
            v = int(x)
        h = (h * 31 + v % 1000003 + i) % 1000000007
    return h


def main(n):
    rng = Rng(7)
    ints = [rng.next() % 100000 for _ in range(n)]
    floats = [(rng.next() % 1000000) / 997.0 for _ in range(n // 2)]
    words = ["".join(chr(97 + rng.next() % 26) for _ in range(1 + rng.next() % 8)) for _ in range(n // 4)]
    a = sorted(ints)
    print("ints", a[0], a[len(a) // 2], a[-1], checksum(a[::97]))
    b = sorted(ints, reverse=True)
    print("reverse", b[:3], b == a[::-1])
    c = sorted(ints, key=lambda x: (x % 100, x))
    print("mod key", c[:5], checksum(c[::101]))
    f = sorted(floats)
    print("floats %.4f %.4f %.4f" % (f[0], f[len(f) // 2], f[-1]))
    w = sorted(words)
    print("words", w[:3], w[-3:], checksum(w[::53]))
    wl = sorted(words, key=len)
    print("by len (stable)", wl[:4], wl[-2:])
    wk = sorted(words, key=str.upper, reverse=True)
    print("upper reverse", wk[:3])
    depts = ["eng", "ops", "sales", "legal", "hr"]
    staff = [Employee(words[i], depts[rng.next() % 5], 20 + rng.next() % 45, 1000 * (30 + rng.next() % 90))
             for i in range(n // 8)]
    s1 = sorted(staff, key=Employee.sort_key)
    print("staff", [(e.dept, e.salary, e.name) for e in s1[:3]])
    staff.sort(key=lambda e: e.age)
    staff.sort(key=lambda e: e.dept)
    print("two-pass stable", [(e.dept, e.age, e.name) for e in staff[:3]])
    runs = [sorted(ints[i:i + 1000]) for i in range(0, n, 1000)]
    merged = []
    for r in runs:
        merged.extend(r)
    merged.sort()
    print("merged runs", merged == a)
    pairs = sorted(zip(ints[:n // 4], words), key=lambda p: (p[1], p[0]))
    print("pairs", pairs[:2])
    inplace = ints[:]
    for k in range(4):
        inplace.sort(key=lambda x, k=k: (x >> (4 * k)) & 15)
    print("radix-like", checksum(inplace[::89]))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200000)

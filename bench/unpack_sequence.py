# unpack_sequence: tuple and list packing/unpacking in tight loops: swaps,
# rotations, starred targets, nested targets and for-loop unpacking.
# quick: 2000
import sys


def unpack_tuples(n):
    t = (1, 2, 3, 4, 5, 6, 7, 8, 9, 10)
    total = 0
    for _ in range(n):
        a, b, c, d, e, f, g, h, i, j = t
        a, b, c, d, e, f, g, h, i, j = t
        total += a + j
        a, b, c, d, e, f, g, h, i, j = j, i, h, g, f, e, d, c, b, a
        total += a - j
        a, b = b, a
        a, b, c = c, a, b
        total += a * 2 + c
    return total


def unpack_lists(n):
    lst = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3]
    total = 0
    for k in range(n):
        a, b, c, d, e, f, g, h, i, j = lst
        total += a + b + c + d + e + f + g + h + i + j
        first, *middle, last = lst
        total += first * last + len(middle)
        head, *tail = lst
        *init, end = lst
        total += head + end + len(tail) - len(init)
        lst[0], lst[9] = lst[9], lst[0]
    return total


def nested(n):
    data = [((i, i + 1), (i * 2, (i * 3, i * 4))) for i in range(100)]
    total = 0
    for _ in range(n // 100):
        for (a, b), (c, (d, e)) in data:
            total += a + b - c + d - e
    return total


def fib_pairs(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, (a + b) % 1000003
    return a


def enumerate_zip(n):
    xs = list(range(50))
    ys = [x * x for x in xs]
    total = 0
    for _ in range(n // 50):
        for i, (x, y) in enumerate(zip(xs, ys)):
            total += i * x - y
        for k, v in {1: 2, 3: 4, 5: 6}.items():
            total += k * v
    return total


def main(n):
    print("tuples", unpack_tuples(n))
    print("lists", unpack_lists(n))
    print("nested", nested(n))
    print("fib pairs", fib_pairs(n))
    print("enumerate/zip", enumerate_zip(n))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1000000)

# fib: deep and wide recursion: naive doubly-recursive Fibonacci, Ackermann,
# a recursion close to the default recursion limit, mutual recursion, and a
# recursive power-set count.
# quick: 15
import sys


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))


def depth_sum(n):
    if n == 0:
        return 0
    return n + depth_sum(n - 1)


def is_even(n):
    return True if n == 0 else is_odd(n - 1)


def is_odd(n):
    return False if n == 0 else is_even(n - 1)


def subsets(items, i=0):
    if i == len(items):
        return 1
    return subsets(items, i + 1) * 2


def main(n):
    print("fib(%d) = %d" % (n, fib(n)))
    print("ackermann(2, %d) = %d" % (n, ackermann(2, n)))
    deep = 0
    for i in range(n * 10):
        deep += depth_sum(900)
    print("deep", deep)
    print("parity", sum(1 for k in range(n * 20) if is_even(k % 400)))
    print("subsets", subsets(list(range(n))))
    try:
        depth_sum(100000)
        print("no recursion error")
    except RecursionError:
        print("RecursionError caught")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 35)

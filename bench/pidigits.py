# pidigits: the first n digits of pi with Gibbons' unbounded spigot
# algorithm on arbitrary-precision integers, plus a few big-integer
# identities (factorial, powers, gcd) checked against each other.
# quick: 100
import sys


def pi_digits(n):
    q, r, t, k, m, x = 1, 0, 1, 1, 3, 3
    digits = []
    while len(digits) < n:
        if 4 * q + r - t < m * t:
            digits.append(m)
            q, r, m = 10 * q, 10 * (r - m * t), (10 * (3 * q + r)) // t - 10 * m
        else:
            q, r, t, k, m, x = q * k, (2 * q + r) * x, t * x, k + 1, (q * (7 * k + 2) + r * x) // (t * x), x + 2
    return digits


def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def big_checks(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    p = 3 ** (n * 2)
    g = gcd(f, p)
    # the power of 3 dividing n!
    e = 0
    k = 3
    while k <= n:
        e += n // k
        k *= 3
    assert g == 3 ** min(e, 2 * n)
    s = str(f)
    return len(s), sum(int(c) for c in s), (f >> 100) % 1000000007, hex(p)[-8:], (-f) // 7 % 1000


def main(n):
    digits = pi_digits(n)
    for i in range(0, n, 50):
        chunk = "".join(map(str, digits[i:i + 50]))
        print("%s\t:%d" % (chunk, min(i + 50, n)))
    print("factorial checks", big_checks(min(n, 1200)))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)

# matrix: dense linear algebra on nested lists: matrix multiplication,
# Gaussian elimination with partial pivoting (determinant and solve), and
# integer matrix powers (Fibonacci via 2x2 powers, modular).
# quick: 12
import sys


def make_matrix(n, seed):
    x = seed
    m = []
    for i in range(n):
        row = []
        for j in range(n):
            x = (x * 1664525 + 1013904223) % 4294967296
            row.append((x >> 8) % 2001 / 1000.0 - 1.0)
        m.append(row)
    return m


def matmul(a, b):
    bt = list(zip(*b))
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def matmul_loops(a, b):
    n = len(a)
    m = len(b[0])
    k = len(b)
    c = [[0.0] * m for _ in range(n)]
    for i in range(n):
        ci = c[i]
        ai = a[i]
        for p in range(k):
            aip = ai[p]
            bp = b[p]
            for j in range(m):
                ci[j] += aip * bp[j]
    return c


def solve(a, rhs):
    n = len(a)
    m = [row[:] + [rhs[i]] for i, row in enumerate(a)]
    det = 1.0
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        if m[pivot][col] == 0.0:
            return 0.0, None
        if pivot != col:
            m[col], m[pivot] = m[pivot], m[col]
            det = -det
        pr = m[col]
        det *= pr[col]
        for r in range(col + 1, n):
            row = m[r]
            f = row[col] / pr[col]
            if f != 0.0:
                for c in range(col, n + 1):
                    row[c] -= f * pr[c]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        s = m[i][n]
        for j in range(i + 1, n):
            s -= m[i][j] * x[j]
        x[i] = s / m[i][i]
    return det, x


def mat_pow_mod(m, e, mod):
    n = len(m)
    result = [[int(i == j) for j in range(n)] for i in range(n)]
    while e:
        if e & 1:
            result = [[sum(result[i][k] * m[k][j] for k in range(n)) % mod for j in range(n)] for i in range(n)]
        m = [[sum(m[i][k] * m[k][j] for k in range(n)) % mod for j in range(n)] for i in range(n)]
        e >>= 1
    return result


def main(n):
    a = make_matrix(n, 1)
    b = make_matrix(n, 2)
    c1 = matmul(a, b)
    c2 = matmul_loops(a, b)
    diff = max(abs(x - y) for r1, r2 in zip(c1, c2) for x, y in zip(r1, r2))
    print("matmul trace %.6f diff<1e-9 %s" % (sum(c1[i][i] for i in range(n)), diff < 1e-9))
    rhs = [float(i % 7) for i in range(n)]
    det, x = solve(a, rhs)
    resid = max(abs(sum(a[i][j] * x[j] for j in range(n)) - rhs[i]) for i in range(n))
    print("det sign %d, log10|det| ~ %d, residual<1e-6 %s" % (1 if det > 0 else -1, len(str(int(abs(det)))) if abs(det) >= 1 else 0, resid < 1e-6))
    print("x[0:3] %.6f %.6f %.6f" % (x[0], x[1], x[2]))
    fib = mat_pow_mod([[1, 1], [1, 0]], 10 ** 18, 1000000007)
    print("fib(10^18) mod p =", fib[0][1])
    big = mat_pow_mod([[i * n + j for j in range(6)] for i in range(6)], n * 1000, 998244353)
    print("power checksum", sum(sum(r) for r in big) % 998244353)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 230)

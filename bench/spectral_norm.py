# spectral-norm: power method on the infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1).
# Prints the spectral norm of the n x n leading submatrix.
# quick: 20
import sys


def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)


def mul_av(v, n):
    return [sum([eval_a(i, j) * v[j] for j in range(n)]) for i in range(n)]


def mul_atv(v, n):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out.append(s)
    return out


def mul_atav(v, n):
    return mul_atv(mul_av(v, n), n)


def main(n):
    u = [1.0] * n
    v = u
    for _ in range(10):
        v = mul_atav(u, n)
        u = mul_atav(v, n)
    vbv = 0.0
    vv = 0.0
    for ue, ve in zip(u, v):
        vbv += ue * ve
        vv += ve * ve
    # sqrt without math: Newton's method converges to the correctly rounded value
    x = vbv / vv
    r = x
    for _ in range(60):
        r = 0.5 * (r + x / r)
    print("%.9f" % r)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 400)

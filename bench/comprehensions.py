# comprehensions: list, dict and set comprehensions and generator
# expressions: nested loops, conditions, matrix transposes, grouping, prime
# sieves and flattening.
# quick: 2000
import sys


def primes_upto(n):
    sieve = [True] * (n + 1)
    sieve[0:2] = [False, False]
    for i in range(2, int(n ** 0.5) + 1):
        if sieve[i]:
            sieve[i * i::i] = [False] * len(range(i * i, n + 1, i))
    return [i for i, is_p in enumerate(sieve) if is_p]


def main(n):
    squares = [x * x for x in range(n)]
    odd_squares = [s for s in squares if s % 2]
    print("squares", len(squares), sum(odd_squares) % 1000000007)
    size = max(4, int(n ** 0.5) // 4)
    matrix = [[(r * size + c) % 17 for c in range(size)] for r in range(size)]
    transposed = [[row[c] for row in matrix] for c in range(size)]
    product_diag = [sum(matrix[i][k] * transposed[i][k] for k in range(size)) for i in range(size)]
    print("matrix", size, sum(product_diag), transposed[1][:5])
    pairs = [(a, b) for a in range(1, 60) for b in range(a, 60) if (a * b) % 7 == 1]
    print("pairs", len(pairs), pairs[:4])
    groups = {k: [x for x in range(k, n, 97)] for k in range(97)}
    print("groups", len(groups), sum(len(v) for v in groups.values()), groups[5][:3])
    inverse = {v: k for k, v in enumerate(str(i) for i in range(n // 10))}
    print("inverse", len(inverse), inverse["123"] if "123" in inverse else None)
    residues = {x * x % 1009 for x in range(n)}
    print("residues", len(residues), min(residues), max(residues))
    flat = [c for word in ("alpha", "beta", "gamma", "delta") * (n // 200) for c in word if c != "a"]
    print("flatten", len(flat), "".join(flat[:12]))
    primes = primes_upto(n)
    twin = [(p, q) for p, q in zip(primes, primes[1:]) if q - p == 2]
    print("primes", len(primes), primes[-1], "twins", len(twin), twin[-1])
    total = sum(x for x in range(n) if x % 3 == 0 or x % 5 == 0)
    print("euler1", total)
    nested = [[[i + j + k for k in range(4)] for j in range(4)] for i in range(n // 50)]
    print("nested", sum(sum(sum(inner) for inner in mid) for mid in nested))
    words = ["w%d" % (i % 500) for i in range(n // 4)]
    counts = {w: 0 for w in words}
    for w in words:
        counts[w] += 1
    top = sorted(((c, w) for w, c in counts.items()), reverse=True)[:3]
    print("counts", len(counts), top)
    digits = sum(int(d) for d in "".join(str(i) for i in range(n // 10)))
    print("digit sum", digits)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1500000)

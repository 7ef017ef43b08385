# nqueens: count all solutions of the n-queens problem three ways
# (set-based backtracking, permutation generator filtering, bitmasks) and
# print the first solutions found in lexicographic order.
# quick: 6
import sys


def solve_sets(n):
    cols = set()
    diag1 = set()
    diag2 = set()
    placement = []
    solutions = []

    def place(row):
        if row == n:
            solutions.append(tuple(placement))
            return
        for c in range(n):
            if c in cols or (row + c) in diag1 or (row - c) in diag2:
                continue
            cols.add(c)
            diag1.add(row + c)
            diag2.add(row - c)
            placement.append(c)
            place(row + 1)
            placement.pop()
            cols.remove(c)
            diag1.remove(row + c)
            diag2.remove(row - c)

    place(0)
    return solutions


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            yield [items[i]] + p


def solve_permutations(n):
    count = 0
    for vec in permutations(list(range(n))):
        if n == len({vec[i] + i for i in range(n)}) == len({vec[i] - i for i in range(n)}):
            count += 1
    return count


def solve_bits(n):
    full = (1 << n) - 1

    def go(cols, d1, d2):
        if cols == full:
            return 1
        count = 0
        avail = full & ~(cols | d1 | d2)
        while avail:
            bit = avail & -avail
            avail ^= bit
            count += go(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return count

    return go(0, 0, 0)


def main(n):
    sols = solve_sets(n)
    print("n=%d solutions (sets): %d" % (n, len(sols)))
    for s in sols[:3]:
        print("  ", s)
    m = n - 1
    print("n=%d solutions (permutations): %d" % (m, solve_permutations(m)))
    print("n=%d solutions (bits): %d" % (n + 1, solve_bits(n + 1)))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 10)

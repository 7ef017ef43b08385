# fannkuch-redux: count pancake flips over all permutations of 0..n-1.
# Prints the checksum and the maximum number of flips.
# quick: 6
import sys


def fannkuch(n):
    perm1 = list(range(n))
    count = [0] * n
    max_flips = 0
    checksum = 0
    perm_count = 0
    r = n
    while True:
        while r != 1:
            count[r - 1] = r
            r -= 1
        perm = perm1[:]
        flips = 0
        k = perm[0]
        while k:
            perm[:k + 1] = perm[k::-1]
            flips += 1
            k = perm[0]
        if flips > max_flips:
            max_flips = flips
        if perm_count % 2 == 0:
            checksum += flips
        else:
            checksum -= flips
        # advance to the next permutation (rotation counting order)
        while True:
            if r == n:
                return checksum, max_flips
            first = perm1[0]
            for i in range(r):
                perm1[i] = perm1[i + 1]
            perm1[r] = first
            count[r] -= 1
            if count[r] > 0:
                break
            r += 1
        perm_count += 1


def main(n):
    # repeat to reach a measurable running time; every round must agree
    results = [fannkuch(n) for _ in range(3)]
    assert results.count(results[0]) == len(results)
    checksum, flips = results[0]
    print(checksum)
    print("Pfannkuchen(%d) = %d" % (n, flips))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 9)

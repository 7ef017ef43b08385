grid = [[r * 3 + c for c in range(3)] for r in range(3)]
print(grid)
print([x for row in grid for x in row if x % 2])
transposed = [[grid[r][c] for r in range(3)] for c in range(3)]
print(transposed)
pairs = {(a, b) for a in range(3) for b in range(3) if a < b}
print(sorted(pairs))
primes = [n for n in range(2, 50) if all(n % d for d in range(2, int(n ** 0.5) + 1))]
print(primes)
print({k: {j: k * j for j in range(2)} for k in range(2)})
print([[c for c in w] for w in ['ab', 'cd']])
flat = [c for w in ['ab', 'cd'] for c in w]
print(flat)

big = 2 ** 64
print(big == float(big), big + 1 == float(big), big + 1 > float(big), float(big) < big + 1)
print(10 ** 400 > 1e308, 10 ** 400 < float('inf'), -10 ** 400 > float('-inf'))
print(1 < 1.5 < 2, 3 == 3.0 == 3, 0.1 * 3 == 0.3)
print(sorted([3, 1.5, 2, -0.5, True]))
print(max(1, 1.0), min(1.0, 1), max(2, 2.5))
print(float('nan') in [1, 2], 1.0 in {1}, {1.0: 'a', 1: 'b'})

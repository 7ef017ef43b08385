# choice, choices, shuffle and sample.
import random

r = random.Random(31337)
print([r.choice('abcdefg') for _ in range(12)])
print(r.choice([10]), r.choice(range(100, 200)), r.choice((1, 2, 3)))
print(r.choices('abc', k=8))
print(r.choices(range(5), [10, 1, 1, 1, 50], k=10))
print(r.choices(['x', 'y', 'z'], cum_weights=[1, 1.5, 4], k=6))
print(r.choices([1, 2, 3], [0, 0, 1], k=4), r.choices('ab'), r.choices('ab', k=0))
print(r.choices(['lo', 'hi'], [0.25, 0.75], k=5))

items = list(range(20))
r.shuffle(items)
print(items)
words = ['alpha', 'beta', 'gamma', 'delta', 'epsilon']
r.shuffle(words)
print(words)
one = [1]
r.shuffle(one)
print(one)

print(r.sample(range(100), 10))
print(r.sample(range(10**9), 5))
print(r.sample('abcdefgh', 8))
print(r.sample(['red', 'blue'], 4, counts=[3, 1]))
print(r.sample(range(30), 25))
print(r.sample((1, 2, 3), 0))
print(sorted(r.sample(range(1000), 100))[:10])

def err(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

err('choice([])', lambda: r.choice([]))
err("choice('')", lambda: r.choice(''))
err('both weights', lambda: r.choices('ab', [1, 2], cum_weights=[1, 3]))
err('weights length', lambda: r.choices('ab', [1]))
err('zero weights', lambda: r.choices('ab', [0, 0]))
err('inf weights', lambda: r.choices('ab', [1, float('inf')]))
err('k positional', lambda: r.choices('ab', 3))
err('sample too big', lambda: r.sample([1, 2], 3))
err('sample negative', lambda: r.sample([1, 2], -1))
err('sample set', lambda: r.sample({1, 2, 3}, 2))
err('counts length', lambda: r.sample('ab', 1, counts=[1]))
err('counts zero', lambda: r.sample('ab', 1, counts=[0, 0]))
err('counts float', lambda: r.sample('ab', 1, counts=[1.0, 2.0]))
err('shuffle tuple', lambda: r.shuffle((1, 2, 3)))

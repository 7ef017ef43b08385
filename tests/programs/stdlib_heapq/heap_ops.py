# heappush/heappop/heapify/heapreplace/heappushpop leave the same list
# layout as CPython.
import heapq

data = [5, 3, 8, 1, 9, 2, 7, 4, 6, 0, 5, 3]
h = []
for x in data:
    heapq.heappush(h, x)
    print(h)
print([heapq.heappop(h) for _ in range(len(h))], h)

h = list(data)
heapq.heapify(h)
print(h)
print(heapq.heapreplace(h, 10), h)
print(heapq.heappushpop(h, -1), h)
print(heapq.heappushpop(h, 4), h)
print(heapq.heappop(h), h)

h = [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z'), (0, 'q')]
heapq.heapify(h)
print(h)
while h:
    print(heapq.heappop(h), end=' ')
print()

# Heap sort of a longer pseudo-random list.
vals = [(i * 7919) % 101 for i in range(60)]
h = []
for v in vals:
    heapq.heappush(h, v)
print(h[:15])
print([heapq.heappop(h) for _ in range(len(h))] == sorted(vals))
big = [(i * 104729) % 1009 for i in range(3000)]
heapq.heapify(big)
print(big[:12], big[-5:])

# Strings, floats and an empty or one-element heap.
h = ['pear', 'apple', 'fig', 'kiwi', 'banana']
heapq.heapify(h)
print(h)
h = [2.5, -1.0, 3.25]
heapq.heapify(h)
print(h)
e = []
heapq.heapify(e)
print(e, heapq.heappushpop(e, 3), e)
one = [1]
print(heapq.heappop(one), one)

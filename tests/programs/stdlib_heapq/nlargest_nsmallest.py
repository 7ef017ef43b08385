# nlargest/nsmallest return the same items (and ties) as CPython.
import heapq

data = [5, 1, 8, 3, 9, 2, 8, 7, 1, 0, 6, 9]
for n in (-1, 0, 1, 2, 3, 5, 12, 20):
    print(n, heapq.nsmallest(n, data), heapq.nlargest(n, data))
    print(n, heapq.nsmallest(n, iter(data)), heapq.nlargest(n, iter(data)))

people = [('ann', 31), ('bob', 25), ('cy', 31), ('dee', 19), ('ed', 25), ('flo', 40), ('gus', 19)]
for n in (1, 2, 3, 4, 7):
    print(n, heapq.nsmallest(n, people, key=lambda p: p[1]))
    print(n, heapq.nlargest(n, people, key=lambda p: p[1]))
    print(n, heapq.nlargest(n, iter(people), key=lambda p: p[1]))

words = 'the quick brown fox jumps over the lazy dog'.split()
print(heapq.nlargest(3, words), heapq.nsmallest(3, words))
print(heapq.nlargest(4, words, key=len), heapq.nsmallest(4, words, key=len))
print(heapq.nsmallest(2, {7: 'a', 3: 'b', 5: 'c'}), heapq.nlargest(2, 'hello world'))
print(heapq.nsmallest(3, []), heapq.nlargest(3, iter([])), heapq.nlargest(1, []))
print(heapq.nsmallest(3, range(1000, 0, -7)), heapq.nlargest(3, range(1000, 0, -7)))
print(heapq.nsmallest(3, (x * x % 17 for x in range(40))))
print(heapq.nlargest(2, [1.5, float('-inf'), 2.5, 0.5]))

# merge() yields items in the same order as CPython, ties resolved by
# input position, with key= and reverse=.
import heapq

print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15])))
print(list(heapq.merge([], [1], [], [0, 2])))
print(list(heapq.merge()))
print(list(heapq.merge([1, 2, 3])))
print(list(heapq.merge('acegi', 'bdfh')))
print(list(heapq.merge([9, 7, 2], [8, 3, 1], reverse=True)))

a = [('a', 1), ('c', 1), ('e', 2)]
b = [('b', 1), ('d', 2), ('f', 2)]
print(list(heapq.merge(a, b, key=lambda p: p[1])))
print(list(heapq.merge(a[::-1], b[::-1], key=lambda p: p[1], reverse=True)))
print(list(heapq.merge(['dog', 'cat'], ['horse', 'ox'], key=len, reverse=True)))
print(list(heapq.merge(['x', 'yy', 'zzz'], ['a', 'bb'], key=len)))

# Equal items keep the order of their inputs.
first = [(1, 'first'), (2, 'first')]
second = [(1, 'second'), (2, 'second')]
print(list(heapq.merge(first, second, key=lambda p: p[0])))
print(list(heapq.merge(second, first, key=lambda p: p[0])))

# Generators are consumed lazily.
def gen(name, values):
    for v in values:
        print('  pull', name, v)
        yield v

m = heapq.merge(gen('A', [1, 4]), gen('B', [2, 3]))
print(next(m))
print(next(m))
print(list(m))

# Unsorted inputs give CPython's exact (heap-determined) output.
print(list(heapq.merge([5, 1, 4], [3, 9, 0], [2, 2, 8])))
print(list(heapq.merge([5, 1, 4], [3, 9, 0], [2, 2, 8], reverse=True)))
print(list(heapq.merge([5, 1, 4], [3, 9, 0], key=lambda v: -v)))

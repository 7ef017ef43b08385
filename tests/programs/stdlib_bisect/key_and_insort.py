# key= functions and insort_left/insort_right (and the insort alias).
import bisect

recs = [('a', 1), ('b', 3), ('c', 3), ('d', 7), ('e', 9)]
key = lambda r: r[1]
for x in [0, 1, 3, 4, 9, 10]:
    print(x, bisect.bisect_left(recs, x, key=key), bisect.bisect_right(recs, x, key=key))
print(bisect.bisect_left(recs, 3, 2, key=key), bisect.bisect_right(recs, 3, 0, 2, key=key))

a = []
for v in [5, 1, 4, 1, 5, 9, 2, 6, 5, 3]:
    bisect.insort(a, v)
print(a)
bisect.insort_left(a, 5)
bisect.insort_right(a, 0)
bisect.insort_left(a, 10, 0, len(a))
bisect.insort_right(a, 7, lo=3)
print(a)

# With key, insort compares key(x) against key(item); equal keys show the
# left/right difference.
rows = []
for name, n in [('x', 2), ('y', 1), ('z', 2), ('w', 1), ('v', 3)]:
    bisect.insort_right(rows, (name, n), key=key)
print(rows)
rows2 = []
for name, n in [('x', 2), ('y', 1), ('z', 2), ('w', 1), ('v', 3)]:
    bisect.insort_left(rows2, (name, n), key=key)
print(rows2)

# Case-insensitive ordered list.
names = []
for n in ['bob', 'Alice', 'carol', 'Dave', 'alice']:
    bisect.insort(names, n, key=str.lower)
print(names)

# insort uses the insert() method of the sequence.
class Tracking(list):
    def insert(self, i, x):
        print('insert at', i, x)
        super().insert(i, x)
t = Tracking([1, 3, 5])
bisect.insort(t, 4)
bisect.insort_left(t, 1)
print(t)

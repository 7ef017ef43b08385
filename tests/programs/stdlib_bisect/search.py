# bisect_left/bisect_right (and the bisect alias) with lo and hi.
import bisect

a = [1, 2, 2, 2, 3, 5, 8, 8, 13]
for x in [0, 1, 2, 3, 4, 5, 8, 9, 13, 14, 2.5, -1.0]:
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x))

print(bisect.bisect_left(a, 2, 2), bisect.bisect_right(a, 2, 0, 3), bisect.bisect_left(a, 8, 7, 9))
print(bisect.bisect_left(a, 8, lo=0, hi=5), bisect.bisect_right(a, 1, lo=4))
print(bisect.bisect_left(a, 100, 3, 3), bisect.bisect_right(a, -5, 6, 6))
print(bisect.bisect_left([], 1), bisect.bisect_right([], 1))
print(bisect.bisect_right(a, 2, 0, -1), bisect.bisect_left(a, 2, 0, 100 - 101))
print(bisect.bisect_left(a, 5, True), bisect.bisect_right(a, 2, hi=None))

words = ['apple', 'banana', 'cherry', 'date', 'fig']
for w in ['a', 'banana', 'coconut', 'zzz']:
    print(w, bisect.bisect_left(words, w), bisect.bisect_right(words, w))

# Works on any sequence supporting len() and indexing.
print(bisect.bisect_left(range(0, 100, 5), 42), bisect.bisect_right((1, 1, 2), 1))
print(bisect.bisect_left('acegik', 'f'))

# A classic use: grading.
def grade(score, breakpoints=(60, 70, 80, 90), grades='FDCBA'):
    return grades[bisect.bisect(breakpoints, score)]
print([grade(s) for s in [33, 99, 77, 70, 89, 90, 100, 60, 59]])

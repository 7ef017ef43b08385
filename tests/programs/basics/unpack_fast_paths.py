# Unpacking and subscripting of exact lists and tuples take fast paths; subclasses and
# other iterables must keep their own behaviour.
class L(list):
    def __iter__(self):
        print("custom iter")
        return iter([10, 20])

    def __getitem__(self, i):
        return ("custom", i)


class T(tuple):
    def __iter__(self):
        return iter("xy")


a, b = L([1, 2])
print(a, b)
a, b = T((1, 2))
print(a, b)
l = L([1, 2, 3])
print(l[0], l[-1])
a, b = [1, 2]
print(a, b)
a, b, c = (1, 2, 3)
print(a, b, c)
x, y = "hi"
print(x, y)
first, *rest = [1, 2, 3]
print(first, rest)
*init, last = T((1, 2))
print(init, last)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print(e)
try:
    a, b = 5
except TypeError as e:
    print(e)
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
v = [5, 6, 7]
v[0], v[2] = v[2], v[0]
print(v)
v[-1] = 99
print(v, v[-3], (1, 2, 3)[-1])
for bad in (3, -4):
    try:
        v[bad]
    except IndexError as e:
        print(e)
    try:
        v[bad] = 0
    except IndexError as e:
        print(e)
    try:
        (1, 2, 3)[bad]
    except IndexError as e:
        print(e)
print(v[True], (4, 5)[False])

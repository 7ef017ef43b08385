s = {3, 1, 2}
print(s, len(s), 2 in s, 5 not in s, sorted(s))
s.add(4); s.add(1)
print(s)
s.discard(10); s.discard(4)
s.remove(3)
print(s)
try:
    s.remove(99)
except KeyError as e:
    print(type(e).__name__, e)
print(s.pop() in {1, 2}, len(s))
t = set([1, 2, 3, 2, 1])
print(t, set(), set('aab') == {'a', 'b'}, set(range(5)))
t.update([10, 11], {12})
print(t)
t.clear()
print(t, bool(t))
try:
    {[1]}
except TypeError as e:
    print(type(e).__name__, e)
try:
    set().pop()
except KeyError as e:
    print(type(e).__name__, e)

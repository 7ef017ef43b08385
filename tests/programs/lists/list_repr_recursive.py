a = [1, 'two', 3.0, None, True, [4], (5,), {'six': 6}, {7}]
print(a)
print(repr(a) == str(a))
b = []
b.append(b)
print(b, repr(b))
c = [1]
d = [c, c]
print(d)
e = {'self': None}
e['self'] = e
print(e)
print([[]], [[], []], [()], [''], ["'"], ['"'], ['\n'])

# Error cases of bisect and insort.
import bisect

def err(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

a = [1, 2, 3]
err('lo -1', lambda: bisect.bisect_left(a, 2, -1))
err('lo -1 right', lambda: bisect.bisect_right(a, 2, lo=-1))
err('insort lo -1', lambda: bisect.insort(a, 2, -1))
err('insort_left lo -5', lambda: bisect.insort_left(a, 2, -5))
err('lo float', lambda: bisect.bisect(a, 2, 1.0))
err('hi float', lambda: bisect.bisect(a, 2, 0, 2.0))
err('hi str', lambda: bisect.bisect_left(a, 2, 0, 'x'))
err('hi past end', lambda: bisect.bisect(a, 5, 0, 10))
err('mixed types', lambda: bisect.bisect([1, 'a'], 2))
err('no len', lambda: bisect.bisect(None, 2))
err('key error', lambda: bisect.bisect_left(a, 2, key=lambda v: v['k']))
err('bad key', lambda: bisect.bisect_left(a, 2, key=5))
err('insort tuple', lambda: bisect.insort((1, 2), 3))
print(a)

def g():
    try:
        yield 1
        return 'normal return'
    finally:
        print('finally in generator')
it = g()
print(next(it))
try:
    next(it)
except StopIteration as e:
    print('value', e.value)
def break_out():
    for i in range(10):
        try:
            yield i
        finally:
            print('cleanup', i)
for v in break_out():
    if v == 1:
        break
print('loop broken; the dropped generator was closed')
def in_with():
    class CM:
        def __enter__(self):
            print('enter')
        def __exit__(self, *a):
            print('exit', a[0].__name__ if a[0] else None)
    with CM():
        yield 'inside with'
w = in_with()
print(next(w))
w.close()

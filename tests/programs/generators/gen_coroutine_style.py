def grep(pattern, target):
    while True:
        line = yield
        if pattern in line:
            target.send(line)
def printer(prefix):
    while True:
        line = yield
        print(prefix, line)
def primed(gen):
    next(gen)
    return gen
p = primed(printer('match:'))
g = primed(grep('py', p))
for line in ['python rocks', 'java', 'pypy too', 'ruby']:
    g.send(line)
def running_total():
    total = 0
    while True:
        x = yield total
        if x is None:
            break
        total += x
    return total
rt = running_total()
next(rt)
for v in [5, 10, 15]:
    rt.send(v)
try:
    rt.send(None)
except StopIteration as e:
    print('final total', e.value)

def echo():
    received = None
    while True:
        received = yield f'got {received!r}'
        if received == 'stop':
            return 'stopped'
g = echo()
print(next(g))
print(g.send('hello'))
print(g.send(42))
try:
    g.send('stop')
except StopIteration as e:
    print('finished with', e.value)
g2 = echo()
try:
    g2.send('too early')
except TypeError as e:
    print(type(e).__name__, e)
print(g2.send(None))
def averager():
    total = count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
print([a.send(v) for v in (10, 20, 60)])

class Suspend:
    def __init__(self, label):
        self.label = label
    def __await__(self):
        reply = yield self.label
        return f'{self.label} resumed with {reply!r}'
async def worker():
    a = await Suspend('first')
    print(a)
    b = await Suspend('second')
    print(b)
    return 'worker done'
coro = worker()
print(type(coro).__name__)
print('yielded:', coro.send(None))
print('yielded:', coro.send('x'))
try:
    coro.send('y')
except StopIteration as e:
    print('returned:', e.value)
async def add(a, b):
    return a + b
c = add(2, 3)
try:
    c.send(None)
except StopIteration as e:
    print('add ->', e.value)
try:
    c.send(None)
except RuntimeError as e:
    print(type(e).__name__, e)

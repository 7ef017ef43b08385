def sub():
    try:
        while True:
            try:
                yield 'sub ready'
            except ValueError as e:
                print('sub handled', e)
    finally:
        print('sub finally')
def deleg():
    yield from sub()
g = deleg()
next(g)
print(g.throw(ValueError('v1')))
g.close()
print('closed')
def sub2():
    yield 1
    raise KeyError('from sub')
def deleg2():
    try:
        yield from sub2()
    except KeyError as e:
        print('delegator caught', repr(e))
        yield 'recovered'
print(list(deleg2()))
class Iter:
    def __init__(self):
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.i += 1
        if self.i > 2:
            raise StopIteration
        return self.i
def over_plain_iter():
    yield from Iter()
print(list(over_plain_iter()))
def send_to_plain():
    yield from [1, 2]
g = send_to_plain()
next(g)
try:
    g.send('x')
except AttributeError as e:
    print(type(e).__name__, e)

class Res:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('open', self.name)
        return self
    def __exit__(self, et, ev, tb):
        print('close', self.name, et.__name__ if et else None)
        return False
with Res('one') as r:
    print('using', r.name)
with Res('a') as a, Res('b') as b:
    print('using', a.name, b.name)
with (Res('x') as x,
      Res('y') as y):
    print('parenthesized', x.name, y.name)
try:
    with Res('outer'), Res('inner'):
        raise ValueError('inside')
except ValueError as e:
    print('caught', e)
with Res('no-as'):
    pass
def early():
    with Res('ret'):
        return 'returned'
print(early())
for i in range(2):
    with Res(f'loop{i}'):
        if i == 0:
            continue
        break

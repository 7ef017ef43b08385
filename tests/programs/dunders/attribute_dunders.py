class Proxy:
    def __init__(self, target):
        object.__setattr__(self, 'target', target)
        object.__setattr__(self, 'log', [])
    def __getattr__(self, name):
        self.log.append(('get', name))
        return getattr(self.target, name)
    def __setattr__(self, name, value):
        self.log.append(('set', name))
        setattr(self.target, name, value)
    def __delattr__(self, name):
        self.log.append(('del', name))
        delattr(self.target, name)
class T:
    pass
t = T()
p = Proxy(t)
p.x = 5
print(p.x, t.x)
del p.x
print(hasattr(t, 'x'), p.log)
try:
    p.missing
except AttributeError as e:
    print(type(e).__name__, e)
class Dyn:
    real = 'real attr'
    def __getattr__(self, name):
        if name.startswith('auto_'):
            return name[5:]
        raise AttributeError(f'no {name}')
d = Dyn()
print(d.real, d.auto_thing, getattr(d, 'auto_x'), hasattr(d, 'other'), getattr(d, 'other', 'dflt'))
class Every:
    def __getattribute__(self, name):
        if name == 'secret':
            return 'intercepted'
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return f'fallback {name}'
e = Every()
e.plain = 1
print(e.secret, e.plain, e.nothing)
class ReadOnly:
    def __setattr__(self, name, value):
        raise AttributeError(f'cannot set {name}')
try:
    ReadOnly().x = 1
except AttributeError as err:
    print(type(err).__name__, err)

class Config:
    debug = False
    level = 1 + 2
    names = [n.upper() for n in ('a', 'b')]
    if level > 2:
        mode = 'high'
    else:
        mode = 'low'
    for i in range(2):
        pass
    del i
print(Config.level, Config.names, Config.mode, hasattr(Config, 'i'))
print(sorted(k for k in Config.__dict__ if not k.startswith('__')))
def method(self):
    return 'attached'
Config.method = method
print(Config().method())
print(Config.__name__, Config.__qualname__)
def make():
    class Local:
        pass
    return Local
print(make().__qualname__)
class Outer:
    class Inner:
        pass
print(Outer.Inner.__qualname__, Outer.Inner.__name__)

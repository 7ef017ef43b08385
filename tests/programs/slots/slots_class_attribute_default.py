class Config:
    __slots__ = ('debug', 'level')
    defaults = {'debug': False, 'level': 1}
    def __init__(self, **kw):
        for name in self.__slots__:
            setattr(self, name, kw.get(name, self.defaults[name]))
    def __repr__(self):
        return f'Config(' + ', '.join(f'{n}={getattr(self, n)!r}' for n in self.__slots__) + ')'
print(Config(), Config(level=3), Config.defaults)
c = Config()
try:
    c.defaults = {}
except AttributeError as e:
    print(type(e).__name__, e)

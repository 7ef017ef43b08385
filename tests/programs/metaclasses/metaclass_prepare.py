class RecordingDict(dict):
    def __init__(self):
        super().__init__()
        self.order = []
    def __setitem__(self, key, value):
        if not key.startswith('__'):
            self.order.append(key)
        super().__setitem__(key, value)
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kwargs):
        print('__prepare__ for', name, kwargs)
        return RecordingDict()
    def __new__(mcls, name, bases, ns, **kwargs):
        cls = super().__new__(mcls, name, bases, dict(ns))
        cls.field_order = ns.order
        return cls
class Record(metaclass=Ordered, flag=True):
    zeta = 1
    alpha = 2
    def mid(self):
        pass
    alpha = 3
print(Record.field_order, Record.alpha)
class NoDup(dict):
    def __setitem__(self, key, value):
        if key in self and not key.startswith('__'):
            raise TypeError(f'duplicate definition of {key!r}')
        super().__setitem__(key, value)
class Strict(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        return NoDup()
try:
    class Bad(metaclass=Strict):
        a = 1
        a = 2
except TypeError as e:
    print(type(e).__name__, e)

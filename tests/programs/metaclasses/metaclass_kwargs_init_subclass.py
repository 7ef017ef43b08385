class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__ kwargs:', kw)
        return super().__new__(mcls, name, bases, ns, **kw)
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__ kwargs:', kw)
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    def __init_subclass__(cls, /, option=None, **kw):
        print('__init_subclass__', cls.__name__, option)
        super().__init_subclass__(**kw)
        cls.option = option
class Derived(Base, option='on'):
    pass
print(Derived.option)
try:
    class Bad(Base, unknown=1):
        pass
except TypeError as e:
    print(type(e).__name__, e)

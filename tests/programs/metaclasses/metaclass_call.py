class Singleton(type):
    _instances = {}
    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            print('creating', cls.__name__, args)
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]
class Config(metaclass=Singleton):
    def __init__(self, value):
        self.value = value
a = Config(1)
b = Config(2)
print(a is b, a.value)
class Counting(type):
    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        cls.count = getattr(cls, 'count', 0) + 1
        return obj
class Widget(metaclass=Counting):
    pass
Widget(); Widget(); Widget()
print(Widget.count)
class NoInstances(type):
    def __call__(cls, *a, **k):
        raise TypeError(f'{cls.__name__} cannot be instantiated')
class Static(metaclass=NoInstances):
    @staticmethod
    def helper():
        return 'static helper'
try:
    Static()
except TypeError as e:
    print(type(e).__name__, e)
print(Static.helper())

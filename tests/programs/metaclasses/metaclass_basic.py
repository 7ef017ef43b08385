class Meta(type):
    def __new__(mcls, name, bases, ns, **kwargs):
        print('Meta.__new__', mcls.__name__, name, [b.__name__ for b in bases], sorted(k for k in ns if not k.startswith('__')))
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls
    def __init__(cls, name, bases, ns, **kwargs):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
class Base(metaclass=Meta):
    x = 1
    def method(self):
        return 'm'
class Child(Base):
    y = 2
print(type(Base).__name__, type(Child).__name__, Child.created_by, Child().method())
print(isinstance(Base, Meta), isinstance(Base, type), Meta.__mro__)

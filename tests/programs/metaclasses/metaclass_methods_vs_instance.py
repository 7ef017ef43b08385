class Meta(type):
    def describe(cls):
        return f'class {cls.__name__} with {len(cls.__dict__)} entries'
    @property
    def upper_name(cls):
        return cls.__name__.upper()
    def __repr__(cls):
        return f'<custom class {cls.__name__}>'
    def __len__(cls):
        return 42
    def __getitem__(cls, key):
        return f'{cls.__name__}[{key}]'
    def __iter__(cls):
        return iter(['a', 'b'])
class Thing(metaclass=Meta):
    pass
print(Thing.describe().startswith('class Thing'), Thing.upper_name, repr(Thing), len(Thing), Thing['x'], list(Thing))
t = Thing()
print(hasattr(t, 'describe'), hasattr(t, 'upper_name'))
try:
    t.describe()
except AttributeError as e:
    print(type(e).__name__, e)
print(str(Thing), [Thing])

class Meta(type):
    def __new__(mcls, name, bases, ns):
        ns['tag'] = f'made by {mcls.__name__}'
        return super().__new__(mcls, name, bases, ns)
Dyn = Meta('Dyn', (), {'x': 1})
print(Dyn.tag, Dyn.x, type(Dyn).__name__)
Plain = type('Plain', (Dyn,), {'y': 2})
print(type(Plain).__name__, Plain.tag, Plain.y, Plain.__mro__)
import types
def body(ns):
    ns['z'] = 3
K = types.new_class('K', (Dyn,), {}, body)
print(K.z, K.tag, type(K).__name__)
print(types.prepare_class('P', (Dyn,))[0].__name__)
def method(self):
    return f'{type(self).__name__}.method'
Made = type('Made', (object,), {'method': method, '__repr__': lambda self: 'Made()'})
print(Made().method(), repr(Made()))

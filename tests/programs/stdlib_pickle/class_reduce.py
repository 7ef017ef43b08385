# Instances of user classes: default reduction, state hooks, __reduce__ forms.
import pickle
import copyreg


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return 'Point(%r, %r)' % (self.x, self.y)

    def __eq__(self, other):
        return type(other) is Point and (self.x, self.y) == (other.x, other.y)


class Empty:
    pass


class Slotted:
    __slots__ = ('a', 'b')

    def __init__(self, a):
        self.a = a


class SlotsAndDict:
    __slots__ = ('s', '__dict__')


class Stateful:
    def __init__(self, n):
        self.n = n
        self.cache = 'drop me'

    def __getstate__(self):
        return {'n': self.n}

    def __setstate__(self, state):
        self.n = state['n']
        self.cache = 'rebuilt'


class OddState:
    def __getstate__(self):
        return ('tuple', 'state', 3)

    def __setstate__(self, state):
        self.got = state


class WithNewArgs:
    def __new__(cls, a, b):
        self = super().__new__(cls)
        self.made = (a, b)
        return self

    def __init__(self, a, b):
        pass

    def __getnewargs__(self):
        return self.made


class WithNewArgsEx:
    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        self.args = (args, sorted(kwargs.items()))
        return self

    def __getnewargs_ex__(self):
        return (1, 2), {'key': 'value'}


class Reduced:
    def __init__(self, *args):
        self.args = args

    def __reduce__(self):
        return (Reduced, self.args)


def set_state(obj, state):
    obj.via_setter = state


class FullReduce:
    def __reduce__(self):
        return (FullReduce, (), {'plain': 1}, None, None, set_state)


class Bag(list):
    pass


class Registry(dict):
    pass


class Num(int):
    pass


class Text(str):
    pass


class Pair(tuple):
    pass


class Real(float):
    pass


class Tags(set):
    pass


class Frozen(frozenset):
    pass


class Problem(ValueError):
    pass


def show(label, obj, protos=range(6), raw=True):
    for proto in protos:
        try:
            data = pickle.dumps(obj, proto)
        except Exception as e:
            print(label, proto, type(e).__name__, e)
            continue
        back = pickle.loads(data)
        state = {k: v for k, v in sorted(getattr(back, '__dict__', {}).items())}
        print(label, proto, data if raw else len(data), type(back).__name__, state)


show('point', Point(1, 'two'))
show('empty', Empty())
s = Slotted(5)
show('slots', s)
back = pickle.loads(pickle.dumps(s, 2))
print(back.a, hasattr(back, 'b'))
sd = SlotsAndDict()
sd.s = 'slot'
sd.extra = 'dict'
show('slots+dict', sd)
back = pickle.loads(pickle.dumps(sd, 4))
print(back.s, back.extra)
show('stateful', Stateful(7))
show('odd-state', OddState())
show('newargs', WithNewArgs('p', 'q'))
show('newargs_ex', WithNewArgsEx(), protos=(4, 5))
b = pickle.loads(pickle.dumps(WithNewArgsEx(), 2))
print('newargs_ex proto 2', b.args)
show('reduced', Reduced(1, [2], 'three'))
show('full-reduce', FullReduce())

bag = Bag([1, 2, 3])
bag.label = 'bag'
show('list-sub', bag)
print(pickle.loads(pickle.dumps(bag, 2)))
reg = Registry(a=1, b=2)
show('dict-sub', reg)
print(pickle.loads(pickle.dumps(reg, 0)))
show('int-sub', Num(42))
print(pickle.loads(pickle.dumps(Num(42), 2)) + 1)
show('str-sub', Text('hi'))
show('tuple-sub', Pair((1, 2)))
show('float-sub', Real(2.5))
for proto in range(6):
    back = pickle.loads(pickle.dumps(Tags({3}), proto))
    print('set-sub', proto, type(back).__name__, sorted(back))
    back = pickle.loads(pickle.dumps(Frozen({4}), proto))
    print('frozenset-sub', proto, type(back).__name__, sorted(back))
err = Problem('bad thing', 3)
err.note = 'extra'
show('exception', err)
back = pickle.loads(pickle.dumps(err, 2))
print(back.args, back.note)
for proto in range(6):
    back = pickle.loads(pickle.dumps(KeyError('k'), proto))
    print(proto, type(back).__name__, back.args)

# copyreg-registered reducer
class Celsius:
    def __init__(self, degrees):
        self.degrees = degrees


def reduce_celsius(c):
    return (Celsius, (c.degrees * 1,))


copyreg.pickle(Celsius, reduce_celsius)
show('copyreg', Celsius(21))
del copyreg.dispatch_table[Celsius]

# shared instances keep their identity
p = Point(0, 0)
group = [p, p, {'origin': p}]
for proto in range(6):
    back = pickle.loads(pickle.dumps(group, proto))
    print(proto, back[0] is back[1] is back[2]['origin'], back[0])

# an instance refers to itself through its state
node = Point(None, None)
node.x = node
for proto in range(6):
    back = pickle.loads(pickle.dumps(node, proto))
    print(proto, back.x is back)

# JSONEncoder subclasses, default=, iterencode chunks, and dump/load with file-like objects.
import json


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


class Money:
    def __init__(self, cents):
        self.cents = cents


class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'x': o.x, 'y': o.y}
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, Money):
            return '$%d.%02d' % divmod(o.cents, 100)
        return super().default(o)


print(json.dumps([Point(1, 2), {3, 1, 2}], cls=PointEncoder))
print(json.dumps({'p': Point(0, Point(5, 6)), 'price': Money(1999)}, cls=PointEncoder, indent=2))
print(PointEncoder(sort_keys=True).encode({'b': Point(1, 1), 'a': frozenset({'q'})}))
try:
    json.dumps([Point(1, 2), object()], cls=PointEncoder)
except TypeError as e:
    print('TypeError:', e)

# default= takes precedence over the method
print(json.dumps(Point(1, 2), cls=PointEncoder, default=lambda o: 'from default='))
print(json.dumps({'when': Point(3, 4)}, default=vars))
print(json.dumps([1j, 2j], default=lambda c: [c.real, c.imag]))
enc = json.JSONEncoder(default=repr)
print(enc.encode([b'raw', {1, 2}.__class__]))


# overriding encode and iterencode
class Wrapped(json.JSONEncoder):
    def encode(self, o):
        return '<' + super().encode(o) + '>'


print(json.dumps([1, 'x'], cls=Wrapped), json.dumps('s', cls=Wrapped))


class Shouting(json.JSONEncoder):
    def iterencode(self, o, _one_shot=False):
        for chunk in super().iterencode(o, _one_shot):
            yield chunk.upper()


print(json.dumps({'quiet': 'words', 'list': [True, None]}, cls=Shouting))
print(json.dumps('plain string is not shouted', cls=Shouting))

# iterencode produces the text in chunks
enc = json.JSONEncoder()
print(list(enc.iterencode([1, 'two', 3.5, None, True, [], {}, [4]])))
print(list(enc.iterencode({'a': {'b': [1, 2]}, 'c': 'd'})))
print(list(json.JSONEncoder(indent=2).iterencode({'a': [1, {'b': None}], 'c': []})))
print(list(json.JSONEncoder(separators=(',', ':'), sort_keys=True).iterencode({'z': 1, 'y': [2]})))
print(list(enc.iterencode('s')), list(enc.iterencode(5)), list(enc.iterencode(None)))
gen = enc.iterencode([object()])
print('lazy:', type(gen).__name__ != 'str')
try:
    list(gen)
except TypeError as e:
    print('TypeError on iteration:', e)


# dump and load with minimal file-like objects
class Sink:
    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)


class Source:
    def __init__(self, text):
        self.text = text

    def read(self):
        return self.text


sink = Sink()
json.dump({'k': [1, 2], 'v': 'x'}, sink)
print(sink.parts)
print(json.load(Source(''.join(sink.parts))))
sink = Sink()
json.dump([Point(1, 2)], sink, cls=PointEncoder, indent=1)
print(repr(''.join(sink.parts)), len(sink.parts))
sink = Sink()
try:
    json.dump([1, 2, object(), 4], sink)
except TypeError as e:
    print('partial output before the error:', sink.parts, e)
print(json.load(Source('{"a": 1.5}'), parse_float=lambda s: 'F' + s))
print(json.load(Source(b'[1, 2]')))
print(json.load(Source('{"b": 1, "a": 2}'), object_pairs_hook=lambda p: sorted(p)))

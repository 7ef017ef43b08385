# Decoder hooks: object_hook, object_pairs_hook, parse_float/int/constant, cls=.
import json
from collections import OrderedDict

DOC = '{"b": 1, "a": [2.50, {"c": 3, "c2": 1e2}], "d": {"e": NaN, "f": -Infinity}}'

calls = []


def object_hook(d):
    calls.append(sorted(d))
    return ('obj', sorted(d.items(), key=lambda kv: kv[0]))


print(json.loads(DOC, object_hook=object_hook))
print(calls)

calls.clear()


def pairs_hook(pairs):
    calls.append([k for k, _ in pairs])
    return pairs


print(json.loads(DOC, object_pairs_hook=pairs_hook))
print(calls)

# object_pairs_hook wins over object_hook
print(json.loads('{"x": {"y": 1}}', object_hook=lambda d: 'HOOK', object_pairs_hook=lambda p: 'PAIRS'))
od = json.loads('{"z": 1, "y": 2, "z": 3}', object_pairs_hook=OrderedDict)
print(type(od).__name__, list(od.items()))
print(json.loads('{"k": 1, "k": 2}', object_pairs_hook=list))
print(json.loads('{}', object_hook=lambda d: ('empty', d)), json.loads('{}', object_pairs_hook=tuple))
print(json.loads('[{}, {"a": {}}]', object_hook=len))

# number and constant hooks receive the source text
print(json.loads('[1, -0, 10.0, 2.50, 1e2, -3E-1]', parse_float=lambda s: 'F(%s)' % s))
print(json.loads('[1, -0, 10.0, 123456789012345678901]', parse_int=lambda s: 'I(%s)' % s))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=float))
print(json.loads('{"n": NaN, "p": Infinity, "m": -Infinity}', parse_constant=lambda s: s.lower()))


def reject(name):
    raise ValueError('constant %s not allowed' % name)


try:
    json.loads('[1, NaN]', parse_constant=reject)
except ValueError as e:
    print(type(e).__name__, e)
try:
    json.loads('[1, 2.5]', parse_float=lambda s: 1 / 0)
except ZeroDivisionError as e:
    print(type(e).__name__, e)

# hooks on a decoder instance
dec = json.JSONDecoder(object_hook=lambda d: {k.upper(): v for k, v in d.items()},
                       parse_int=lambda s: int(s) * 10)
print(dec.decode('{"a": 1, "b": {"c": 2}}'))
print(dec.raw_decode('[1, 2] tail'))
print(dec.strict, dec.object_pairs_hook, dec.parse_float is float)
plain = json.JSONDecoder()
print(plain.object_hook, plain.parse_int is int, plain.parse_float is float, plain.strict)
print(plain.parse_constant('NaN') != plain.parse_constant('NaN'), plain.parse_constant('-Infinity'))

# strict
print(repr(json.loads('["a\tb", "c\nd"]', strict=False)))
try:
    json.JSONDecoder(strict=True).decode('"a\tb"')
except json.JSONDecodeError as e:
    print(e)


# a JSONDecoder subclass through cls=
class PointDecoder(json.JSONDecoder):
    def __init__(self, *, scale=1, **kw):
        super().__init__(object_hook=self.make_point, **kw)
        self.scale = scale

    def make_point(self, d):
        if set(d) == {'x', 'y'}:
            return ('Point', d['x'] * self.scale, d['y'] * self.scale)
        return d


print(json.loads('[{"x": 1, "y": 2}, {"x": 3, "z": 4}]', cls=PointDecoder))
print(json.loads('{"p": {"x": 1, "y": 2}}', cls=PointDecoder, scale=100))
print(json.loads('[1.5]', cls=PointDecoder, parse_float=lambda s: 'float:' + s))


class UpperDecoder(json.JSONDecoder):
    def decode(self, s):
        return ('decoded', super().decode(s.upper()))


print(json.loads('["x", 1]', cls=UpperDecoder))

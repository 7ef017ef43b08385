# Errors raised by json.dumps: unserializable objects, bad keys, cycles, NaN.
import json


def attempt(label, func):
    try:
        print(label, '->', func())
    except Exception as e:
        print(label, '!!', type(e).__name__, e)


class Thing:
    pass


attempt('object', lambda: json.dumps(object()))
attempt('set', lambda: json.dumps({1, 2}))
attempt('bytes', lambda: json.dumps(b'abc'))
attempt('complex in list', lambda: json.dumps([1, 2j]))
attempt('instance in dict', lambda: json.dumps({'a': Thing()}))
attempt('instance indented', lambda: json.dumps({'a': [Thing()]}, indent=2))
attempt('type', lambda: json.dumps(int))
attempt('function', lambda: json.dumps([len]))

attempt('tuple key', lambda: json.dumps({(1, 2): 3}))
attempt('frozenset key', lambda: json.dumps({frozenset(): 3}, indent=2))
attempt('object key', lambda: json.dumps({Thing(): 1}))
attempt('bytes key', lambda: json.dumps({b'k': 1}))
attempt('skipkeys', lambda: json.dumps({b'k': 1, 'x': 2, (3,): 4}, skipkeys=True))

attempt('mixed sort', lambda: json.dumps({1: 'a', 'b': 2}, sort_keys=True))
attempt('None sort', lambda: json.dumps({None: 1, 'b': 2}, sort_keys=True))

nan, inf = float('nan'), float('inf')
attempt('nan strict', lambda: json.dumps(nan, allow_nan=False))
attempt('inf strict', lambda: json.dumps([1, inf], allow_nan=False))
attempt('-inf strict', lambda: json.dumps({'v': -inf}, allow_nan=False, indent=1))
attempt('nan key strict', lambda: json.dumps({nan: 1}, allow_nan=False))
attempt('finite strict', lambda: json.dumps([1.5, -0.0], allow_nan=False))

loop = [1, 2]
loop.append(loop)
attempt('list cycle', lambda: json.dumps(loop))
attempt('list cycle indent', lambda: json.dumps(loop, indent=2))
d = {'a': 1}
d['self'] = d
attempt('dict cycle', lambda: json.dumps(d))
attempt('deep dict cycle', lambda: json.dumps({'x': [{'y': d}]}))
shared = [1, 2]
attempt('shared not a cycle', lambda: json.dumps([shared, shared, {'s': shared}]))


class Node:
    def __init__(self):
        self.other = self


attempt('default cycle', lambda: json.dumps(Node(), default=lambda o: o.other))
attempt('default to dict', lambda: json.dumps(Node(), default=lambda o: {'node': True}))
attempt('default raises', lambda: json.dumps([Thing()], default=lambda o: 1 / 0))

attempt('bad kwarg dumps', lambda: json.dumps(1, colour='red'))
attempt('bad kwarg encoder', lambda: json.JSONEncoder(bogus=1))
attempt('positional encoder', lambda: json.JSONEncoder(True))
attempt('bad separators', lambda: json.dumps([1], separators=(',',)))

# the encoder keeps working after an error
enc = json.JSONEncoder()
attempt('first', lambda: enc.encode([object()]))
attempt('second', lambda: enc.encode([1, 2]))
attempt('cycle', lambda: enc.encode(loop))
attempt('after cycle', lambda: enc.encode({'ok': [1]}))

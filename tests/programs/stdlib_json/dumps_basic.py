# json.dumps of scalars, strings, containers and floats with default settings.
import json

print(json.dumps(None), json.dumps(True), json.dumps(False))
print(json.dumps(0), json.dumps(-17), json.dumps(2 ** 100), json.dumps(-(10 ** 30)))

# floats use repr(): shortest round-tripping text
for f in [0.0, -0.0, 1.0, 1.5, 0.1, 0.1 + 0.2, 1e16, 1e-7, 123456789.125,
          1.7976931348623157e308, 5e-324, -2.5e-10, 1 / 3]:
    print(json.dumps(f))
print(json.dumps(float('inf')), json.dumps(float('-inf')), json.dumps(float('nan')))
print(json.dumps([float('nan'), float('inf'), -float('inf')]))

# strings: escapes and ensure_ascii
print(json.dumps(''))
print(json.dumps('hello world'))
print(json.dumps('quote " backslash \\ slash /'))
print(json.dumps('\b\f\n\r\t'))
print(json.dumps('\x00\x01\x1f\x20\x7e\x7f'))
print(json.dumps('caf\xe9 \u20ac \u00ff \u0100 \uffff'))
print(json.dumps('emoji \U0001f600 and \U00010000 and \U0010ffff'))
print(json.dumps('caf\xe9 \u20ac \U0001f600 \x7f \x01', ensure_ascii=False))
print(json.dumps({'clé': 'valeur\u2028'}, ensure_ascii=False))
print(json.dumps({'clé': 'valeur\u2028'}))

# containers
print(json.dumps([]), json.dumps({}), json.dumps(()), json.dumps([[]]), json.dumps([{}]))
print(json.dumps([1, 'two', 3.0, None, True, False]))
print(json.dumps((1, (2, 3), [4, (5,)])))
print(json.dumps({'a': 1, 'b': [1, 2, {'c': None}], 'd': {'e': {}}}))
print(json.dumps({'z': 1, 'a': 2, 'm': 3}))
print(json.dumps([[[[[]]]]]))

# non-string keys are converted to strings
print(json.dumps({1: 'int', 2.5: 'float', True: 'bool', None: 'none', 'k': 'str'}))
print(json.dumps({False: 0, -3: 1, 1e100: 2, float('inf'): 3, float('-inf'): 4}))
print(json.dumps({float('nan'): 1}))
print(json.dumps({-0.0: 'negzero', 10 ** 20: 'big'}))

# result type and round trip
text = json.dumps({'list': [1, 2.5, 'x'], 'nested': {'t': True}})
print(type(text).__name__, json.loads(text))
print(json.dumps('\U0001f600') == '"\\ud83d\\ude00"')
print(json.loads(json.dumps('\U0001f600 \xe9')) == '\U0001f600 \xe9')

# json.loads of every kind of value, whitespace handling, escapes and raw_decode.
import json


def show(text):
    value = json.loads(text)
    print(repr(text), '->', type(value).__name__, repr(value))


for text in ['null', 'true', 'false', '0', '-0', '42', '-17', '123456789012345678901234567890',
             '1.5', '-0.0', '1e3', '1E3', '1e-3', '2.5e+2', '-1.25E-2', '0.1', '1.7976931348623157e308',
             '1e400', '-1e400', '5e-324', '1e-400', 'NaN', 'Infinity', '-Infinity']:
    show(text)

for text in ['""', '"abc"', '"\\"\\\\\\/\\b\\f\\n\\r\\t"', '"\\u0041\\u00e9\\u20AC"',
             '"\\ud83d\\ude00"', '"\\uD83D\\uDE00!"', '"caf\xe9 \u20ac \U0001f600"',
             '"\\u0000"', '"a\\u0022b"', '"slash/ok"', '"\\\\u0041"']:
    show(text)

for text in ['[]', '{}', '[1, "two", 3.0, null, true, false]', '{"a": 1, "b": [2, {"c": null}]}',
             '[[[[]]]]', '{"": ""}', '{"a": 1, "a": 2}', '{"x": {"y": {"z": []}}}',
             '  \t\n\r [ 1 ,\n 2 ]\r\n  ', '{ "k" : "v" , "n" : [ ] }', '[-1,-2.5,3e1]']:
    show(text)

# non-ASCII digits and other lookalikes are not numbers
for text in ['\u0661', '+1', '.5', '0x10', 'nulls', 'True', 'nan', '-nan', "'single'", '\u00a01']:
    try:
        show(text)
    except json.JSONDecodeError as e:
        print(ascii(text), '!!', e)

# dict key order follows the document
print(list(json.loads('{"z": 1, "a": 2, "m": 3}')))

# bytes and bytearray input
print(json.loads(b'{"bytes": [1, 2]}'), json.loads(bytearray(b'"arr"')))
print(json.loads('"caf\xe9"'.encode('utf-8')), json.loads(b'\xef\xbb\xbf[1]'))
print(json.loads(b'"\\ud83d\\ude00"') == '\U0001f600')

# JSONDecoder.raw_decode stops after one value and reports where
dec = json.JSONDecoder()
print(dec.raw_decode('[1, 2] trailing'))
print(dec.raw_decode('{"a": 1}{"b": 2}'))
print(dec.raw_decode('xx 7 yy', 3))
print(dec.raw_decode('"str"  '))
print(dec.decode('  {"spaced": true}  '))

# a bigger document
doc = json.dumps({'items': [{'id': i, 'name': 'item%d' % i, 'price': i * 1.25,
                             'tags': ['t%d' % j for j in range(i % 3)]} for i in range(5)]},
                 indent=1)
back = json.loads(doc)
print(len(back['items']), back['items'][4])
print(json.loads(json.dumps(back)) == back)

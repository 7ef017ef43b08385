# JSONDecodeError: messages, positions and attributes for malformed documents.
import json

CASES = [
    '', '   ', '\n\n  ', 'x', '[', ']', '{', '}', '[1', '[1,', '[1,]', '[1 2]', '[,1]',
    '{"a"', '{"a":', '{"a":1', '{"a" 1}', '{"a":1,}', '{"a":1 "b":2}', '{a:1}', "{'a':1}",
    '{1: 2}', '{"a":1,,"b":2}', '[1]]', '1 2', '{} {}', 'nul', 'tru', 'fals', '-', '-x',
    '01', '1.', '1.e5', '1e', '1e+', '-Infinit', 'Infinit', 'NaNa',
    '"abc', '"abc\\', '"a\\x"', '"a\\\'"', '"tab\there"', '"nl\nhere"', '"\x00"', '"\x1f"',
    '"\\u12"', '"\\u1234', '"\\u12G4"', '"\\uXYZW"', '"\\u 123"', '"\\u+123"',
    '"\\ud83d\\u"', '"\\ud83d\\ude0"', '"\\ud83d\\uzzzz"', '"\\ud83d\\ude00\\', '"\\ud83d\\ude00',
    '[\n  1,\n  2\n  3\n]', '{\n "a": 1,\n "b" 2\n}', '\n\n\n   @', '[1,\n\n\n"unterminated',
    '\ufeff[1]', '[1, "\u20ac", x]',
]

for doc in CASES:
    try:
        value = json.loads(doc)
        print(repr(doc), '->', repr(value))
    except json.JSONDecodeError as e:
        print(repr(doc), '!!', e)
        print('   msg=%r pos=%d lineno=%d colno=%d same_doc=%s' % (e.msg, e.pos, e.lineno, e.colno, e.doc is doc))

# strict=False allows control characters inside strings only
print(repr(json.loads('"tab\there\nand\x00nul"', strict=False)))
print(json.loads('{"k\x01": ["\x1f"]}', strict=False))
try:
    json.loads('[1,\x01 2]', strict=False)
except json.JSONDecodeError as e:
    print('strict=False:', e)

# the error class itself
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError is json.decoder.JSONDecodeError)
print(json.JSONDecodeError.__module__, json.JSONDecodeError.__name__)
err = json.JSONDecodeError('Custom problem', 'first\nsecond\nthird', 15)
print(err, '|', err.args, err.msg, err.pos, err.lineno, err.colno)
print(err.__reduce__())
err2 = json.JSONDecodeError('At start', '', 0)
print(err2, err2.lineno, err2.colno)
try:
    json.loads('{"a": [1, 2,, 3]}')
except ValueError as e:
    print('caught as ValueError:', type(e).__name__, e)

# wrong input types
for bad in [None, 1, 1.5, ['[]'], {'a': 1}]:
    try:
        json.loads(bad)
    except TypeError as e:
        print('TypeError:', e)
try:
    json.loads('{}', bogus=True)
except TypeError as e:
    print('TypeError:', e)
try:
    json.JSONDecoder().decode(b'[]')
except TypeError as e:
    print('decode(bytes) raises', type(e).__name__)

# an uncaught decode error, raised from this frame only
try:
    json.loads('{"config": [1, 2,\n  3 4]}')
except json.JSONDecodeError as e:
    failure = e
raise failure.with_traceback(None)

# dumps/loads round trips over many values and option combinations.
import json

values = [
    None, True, False, 0, 1, -1, 2 ** 63, -(2 ** 64) + 1, 10 ** 40,
    0.0, -0.0, 0.5, 1.1, 2.675, 1e-300, 1e300, 3.141592653589793, 1 / 7, 100.0, 1e22, 1e21, 1e-5, 1e-4,
    '', 'ascii', 'tab\tnewline\n', 'quote"backslash\\', '\x00\x07\x1b', '\xe9\xe8\xea', '\u4e2d\u6587',
    '\U0001f389\U0001f600', 'mix \u00e9 \U0001d11e end', '\u2028\u2029', '</script>',
    [], {}, [None], {'': None}, [[], [[]], {}], {'a': {'b': {'c': {'d': [1, 2, 3]}}}},
    {'unicode key \u20ac': 'v', 'emoji \U0001f600': ['\U0001f600']},
]

for options in [{}, {'indent': 2}, {'ensure_ascii': False}, {'sort_keys': True, 'separators': (',', ':')},
                {'indent': '\t', 'ensure_ascii': False}]:
    ok = 0
    for v in values:
        text = json.dumps(v, **options)
        back = json.loads(text)
        if back == v and type(back) is type(v):
            ok += 1
        else:
            print('MISMATCH', options, repr(v), repr(text), repr(back))
    print(options, ok, 'of', len(values))

# -0.0 and float precision survive
print(repr(json.loads(json.dumps(-0.0))), json.loads(json.dumps(0.1 + 0.2)) == 0.1 + 0.2)
# tuples come back as lists, non-string keys as strings
print(json.loads(json.dumps({1: (1, 2), None: (), 2.5: ((),)})))

# moderately deep nesting
deep = []
node = deep
for i in range(60):
    child = [i]
    node.append(child)
    node = child
text = json.dumps(deep)
print(len(text), text[:40], json.loads(text) == deep)
deep_obj = {}
node = deep_obj
for i in range(40):
    node['k%d' % i] = {}
    node = node['k%d' % i]
print(json.loads(json.dumps(deep_obj, indent=1)) == deep_obj)

# a long document with many strings and numbers
records = [{'id': i, 'label': 'r\xe9cord-%d' % i, 'score': i / 8, 'ok': i % 2 == 0,
            'path': 'a\\b\\c%d' % i} for i in range(300)]
text = json.dumps(records)
print(len(text), json.loads(text) == records)
text = json.dumps(records, ensure_ascii=False, indent=2)
print(len(text), json.loads(text) == records)
print(json.dumps(records[7], sort_keys=True))

# loads() of bytes (UTF-8/16/32 detection) and lone surrogates from \u escapes.
import json

DOC = '{"text": "caf\xe9 \u20ac", "n": [1, 2]}'

for encoding in ['utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be',
                 'utf-32', 'utf-32-le', 'utf-32-be']:
    data = DOC.encode(encoding)
    print(encoding, json.detect_encoding(data), json.loads(data))

# short documents: the zero-byte patterns still work
for data in [b'1', b'1\x00', b'\x001', b'[]', b'"\xc3\xa9"', '7'.encode('utf-16-le'),
             '7'.encode('utf-16-be'), '[1]'.encode('utf-32-le'), '[1]'.encode('utf-32-be')]:
    print(data, json.detect_encoding(data), json.loads(data))

print(json.loads(bytearray('{"ba": true}'.encode('utf-16'))))
try:
    json.loads(b'"\xff"')
except UnicodeDecodeError as e:
    print(type(e).__name__, e.reason)
try:
    json.loads(b'\xef\xbb\xbf')
except json.JSONDecodeError as e:
    print(e)

# lone surrogates: decoded from \u escapes, and escaped again by dumps
for doc in ['"\\ud800"', '"\\udfff x"', '"\\ud83d\\u0041"', '"\\ud83d\\ud83d\\ude00"', '"\\ude00\\ud83d"',
            '"\\udbff\\udfff"']:
    value = json.loads(doc)
    print(doc, '->', len(value), ascii(value), json.dumps(value))
lone = json.loads('"\\ud800"')
print(json.dumps(lone, ensure_ascii=False) == '"' + lone + '"')
print(json.dumps({json.loads('"\\udc00"'): 1}))

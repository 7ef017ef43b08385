import codecs

print(codecs.encode('Hello, World!', 'rot13'))
print(codecs.decode('Uryyb, Jbeyq!', 'rot_13'))
print(codecs.encode(b'hello', 'hex'), codecs.decode(b'68656C6c6f', 'hex'))
print(codecs.encode(bytearray(b'\x00\xff'), 'hex_codec'), codecs.decode(memoryview(b'0aff'), 'hex'))
print(codecs.encode(b'any carnal pleasure', 'base64'))
print(codecs.decode(b'YW55IGNhcm5hbCBwbGVhc3VyZQ==\n', 'base64'))
long = codecs.encode(bytes(range(80)), 'base64')
print(long)
print(codecs.decode(long, 'base64') == bytes(range(80)))
enc = codecs.getincrementalencoder('hex')()
print(enc.encode(b'ab'), enc.encode(b'c', True))
dec = codecs.getincrementaldecoder('hex')()
print(dec.decode(b'6162'), dec.decode(b'63', True))
print(list(codecs.iterencode(['abc', 'xyz'], 'rot13')))
try:
    codecs.encode(b'ab', 'hex', 'ignore')
except AssertionError as e:
    print('AssertionError', repr(e))

# unicode_escape and raw_unicode_escape
s = 'a\n\t\\\xe9\u20ac\U0001f600\x7f\x00"\''
print(codecs.encode(s, 'unicode_escape'))
print(codecs.encode(s, 'raw_unicode_escape'))
print(codecs.decode(codecs.encode(s, 'unicode_escape'), 'unicode_escape') == s)
print(codecs.decode(codecs.encode(s, 'raw_unicode_escape'), 'raw_unicode_escape') == s)
print(repr(codecs.decode(b'\\a\\b\\f\\v\\101\\0\\x41\\u0041\\U00000041\\\nX', 'unicode_escape')))
print(repr(codecs.decode(b'a\\n\\u20ac\\U0001f600\xe9\\x41\\\\u0041', 'raw_unicode_escape')))
for data in [b'\\x4', b'\\u12', b'\\U00110000', b'abc\\', b'\\x4q\\u12z']:
    for errors in ['strict', 'replace', 'ignore', 'backslashreplace']:
        try:
            print(data, errors, repr(codecs.decode(data, 'unicode_escape', errors)))
        except UnicodeDecodeError as e:
            print(data, errors, 'UnicodeDecodeError', e)
for data in [b'\\u00', b'\\U00110000', b'a\\']:
    try:
        print(data, repr(codecs.decode(data, 'raw_unicode_escape')))
    except UnicodeDecodeError as e:
        print(data, 'UnicodeDecodeError', e)
print(codecs.unicode_escape_decode(b'ab\\x4', 'strict', False))
print(codecs.raw_unicode_escape_decode(b'a\\', 'strict', False))
print(codecs.utf_8_decode(b'a\xe2\x82'), codecs.utf_8_encode('\xe9'))
print(codecs.latin_1_decode(b'\xe9'), codecs.ascii_encode('\xe9', 'replace'))
print(codecs.utf_16_le_decode(b'a\x00b'), codecs.utf_16_decode(b'\xfe\xff\x00a'))

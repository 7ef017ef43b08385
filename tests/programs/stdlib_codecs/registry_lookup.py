import codecs

# Lookup of names and aliases
for n in ['UTF8', 'utf-8', 'utf 8', 'U8', 'latin1', 'ISO-8859-1', 'us-ascii', 'utf16',
          'utf_16le', 'UTF-32-BE', 'windows-1252', 'utf_8_sig', 'latin9', 'hex', 'base64',
          'rot13', 'unicode_escape', 'raw-unicode-escape', 'utf.8', 'no-such-codec']:
    try:
        ci = codecs.lookup(n)
        print(n, '->', ci.name, ci._is_text_encoding, len(ci), ci.incrementalencoder.__name__)
    except LookupError as e:
        print(n, 'LookupError', e)

# A custom search function
def search(name):
    print('searching for', repr(name))
    if name == 'shout':
        def enc(s, errors='strict'):
            return s.upper().encode('ascii', errors), len(s)
        def dec(b, errors='strict'):
            return b.decode('ascii', errors).lower(), len(b)
        return codecs.CodecInfo(enc, dec, name='shout')
    return None

codecs.register(search)
print(codecs.encode('hello', 'shout'), codecs.decode(b'HELLO', 'Shout'))
print(codecs.lookup('SHOUT').name, codecs.lookup('shout') is codecs.lookup('shout'))
print(codecs.getencoder('shout')('abc'), codecs.getdecoder('shout')(b'ABC'))
try:
    codecs.getincrementalencoder('shout')
except LookupError as e:
    print('LookupError', e)
print(codecs.getreader('shout'), codecs.getwriter('shout'))
try:
    codecs.lookup('Foo Bar--baz')
except LookupError as e:
    print('LookupError', e)
codecs.unregister(search)
try:
    codecs.lookup('shout2')
except LookupError as e:
    print('LookupError', e)

# Bad arguments
for call in ["codecs.encode('abc','hex')", "codecs.encode(b'abc','utf-8')",
             "codecs.decode('abc','utf-8')", "codecs.decode(b'zz','hex')",
             "codecs.decode(b'abc','hex')", "codecs.decode(b'abc','base64')",
             "codecs.encode('abc', 'base64')", "codecs.encode(5)", "codecs.decode(5)",
             "codecs.encode('a','nope')", "codecs.encode('é','ascii')",
             "codecs.encode('a', 5)", "codecs.encode('a','utf-8',5)",
             "codecs.encode('é','ascii','bogus')", "codecs.lookup(5)", "codecs.lookup('')",
             "codecs.register(5)", "codecs.lookup_error('nope')",
             "codecs.register_error('x', 5)", "codecs.encode(b'abc', 'rot13')",
             "codecs.decode(b'\\xff', 'utf-8')"]:
    try:
        print(call, '->', repr(eval(call)))
    except Exception as e:
        print(call, '!!', type(e).__name__, e, getattr(e, '__notes__', None))

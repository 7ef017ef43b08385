for a in [(), ('x',), ('utf-8', b'ab', 0, 1, 'bad'), ('utf-8', bytearray(b'ab'), 0, 2, 'bad'), ('utf-8', 'ab', 0, 1, 'bad')]:
    try:
        e = UnicodeDecodeError(*a)
        print(repr(e), str(e), e.object, e.start, e.end, e.reason, e.encoding)
    except Exception as x:
        print(type(x).__name__, x)
for a in [('x',), ('ascii', 'a\xe9\u1234\U00012345', 1, 2, 'bad'), ('ascii', 'a\xe9\u1234\U00012345', 2, 3, 'bad'),
          ('ascii', 'a\xe9\u1234\U00012345', 3, 4, 'bad'), ('ascii', 'ab', 0, 2, 'bad'), ('ascii', b'ab', 0, 2, 'bad'),
          ('ascii', 'ab', 'x', 2, 'bad')]:
    try:
        e = UnicodeEncodeError(*a)
        print(repr(e), str(e), e.start, e.end, e.reason, e.encoding)
    except Exception as x:
        print(type(x).__name__, x)
e = UnicodeTranslateError('abc', 0, 1, 'r')
print(repr(e), str(e), e.encoding, e.object)
for data, enc in [(b'\xff', 'utf-8'), (b'ab\xc3', 'utf-8'), (b'\x80abc', 'ascii'), (b'\xe2\x82', 'utf-8')]:
    try:
        data.decode(enc)
    except UnicodeDecodeError as e:
        print(e.args, e.start, e.end, e.object, e.encoding, e.reason)
        print(e)
for s, enc in [('\xe9', 'ascii'), ('ab\u20ac\u20acc', 'latin-1'), ('\U0001f600', 'ascii')]:
    try:
        s.encode(enc)
    except UnicodeEncodeError as e:
        print(e.args, e.start, e.end, repr(e.object), e.encoding, e.reason)
        print(e)
e = UnicodeDecodeError('utf-8', b'abc', 0, 1, 'bad')
e.start = 1
e.end = 3
e.reason = 'changed'
print(e, e.args)
print(isinstance(e, UnicodeError), isinstance(e, ValueError))
class MyErr(UnicodeEncodeError):
    pass
try:
    raise MyErr('ascii', 'x\xff', 1, 2, 'nope')
except UnicodeError as e:
    print(type(e).__name__, e)

b = b'hello'
print(b, len(b), b[0], b[-1], b[1:3], list(b[:2]), b * 2, b + b' world')
print(bytes(3), bytes([65, 66, 67]), bytes('é', 'utf-8'), bytes(range(5)))
print(b.upper(), b.split(b'l'), b.replace(b'l', b'L'), b.find(b'l'), b.startswith(b'he'))
print(b.hex(), bytes.fromhex('68 65 6c'), b.decode(), b'\xc3\xa9'.decode('utf-8'))
print(repr(b'\x00\n\t\\\'"\x7f\xff'), repr(b"'"), repr(b'"\''))
print(b'a' in b, 104 in b, b'x' < b'y', b'ab' == b'ab', b'' == bytes())
ba = bytearray(b'abc')
ba[0] = 65
ba.append(68)
ba.extend(b'EF')
print(ba, bytes(ba), len(ba), ba.pop(), ba)
del ba[0]
print(ba, bytearray(3), bytearray([1, 2]))
try:
    bytes([256])
except ValueError as e:
    print(type(e).__name__, e)
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
print('é'.encode('ascii', 'replace'), b'\xff'.decode('utf-8', 'replace'), 'é'.encode('latin-1'))
try:
    b'a' + 'b'
except TypeError as e:
    print(type(e).__name__, e)
print(b'%d-%s' % (5, b'x'), b'abc'.join([b'1', b'2']), b' x '.strip())

e = OSError()
print(e.errno, e.strerror, e.filename, e.filename2)
e = OSError(2, 'No such file')
print(e.errno, e.strerror, e.filename, repr(e), str(e))
try:
    b'\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
u = UnicodeDecodeError('utf-8', b'ab', 0, 1, 'bad')
print(u, u.start)
e = FileNotFoundError(2, 'gone', 'a.txt')
print(e.errno, e.filename, e.filename2, str(e))
e = PermissionError('plain message')
print(e.errno, e.strerror, e.args)
try:
    open('/nonexistent/dir/file.txt')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)

e = OSError(2, 'No such file')
print(type(e).__name__, e, e.errno, e.strerror, e.filename, e.args)
e = OSError(13, 'Denied', 'f.txt')
print(type(e).__name__, e, e.args, repr(e))
e = FileNotFoundError(2, 'x', 'a', None, 'b')
print(e, e.filename2)
print(OSError('plain'), OSError(), OSError(99, 'odd'), type(OSError(99, 'odd')).__name__)
try:
    open('/nonexistent/x.txt')
except FileNotFoundError as e:
    print(e.errno, e.filename, e.strerror, e)
print(issubclass(BrokenPipeError, ConnectionError), IOError is OSError, EnvironmentError is OSError, ResourceWarning.__mro__[1].__name__)

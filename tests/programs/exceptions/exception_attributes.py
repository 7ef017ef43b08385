try:
    open('definitely_missing_file.txt')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, isinstance(e, OSError))
    print(e)
try:
    import no_such_module_xyz
except ImportError as e:
    print(type(e).__name__, e.name, e)
try:
    {}['k']
except KeyError as e:
    print(e.args)
try:
    [].nope
except AttributeError as e:
    print(e.name, type(e.obj).__name__)
try:
    undefined_thing
except NameError as e:
    print(e.name)
e = StopIteration(5)
print(e.value, StopIteration().value)
s = SystemExit(3)
print(s.code, SystemExit().code, SystemExit('msg').code)
u = UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'bad')
print(u.encoding, u.object, u.start, u.end, u.reason)
print(OSError(2, 'No such file').errno, repr(OSError(2, 'x')), type(OSError(2, 'x')).__name__)

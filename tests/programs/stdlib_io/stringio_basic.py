import io
import sys
from contextlib import redirect_stdout

s = io.StringIO()
print(s.write("hello "), s.write("world\n"), s.tell())
print(s.writelines(["line2\n", "line3\n"]))
print(repr(s.getvalue()))
print(repr(s.read()), s.tell())
print(s.seek(0), repr(s.read(5)), repr(s.readline()), repr(s.readline(3)), repr(s.readline()))
print(s.readlines(), repr(s.readline()), repr(s.read()))
s.seek(0)
print(list(s))
s.seek(0)
print(s.readlines(8))
s.seek(0)
print(s.readlines(0), s.tell())

# overwrite in the middle, then extend
s = io.StringIO("abcdef")
print(s.tell(), repr(s.read(2)))
s.write("XY")
print(repr(s.getvalue()), s.tell())
s.seek(4)
s.write("1234")
print(repr(s.getvalue()))
# seeking past the end and writing pads with NULs
s.seek(12)
print(repr(s.read()), repr(s.getvalue()))
s.write("!")
print(repr(s.getvalue()), s.tell())
print(s.seek(0, io.SEEK_END), s.seek(0, io.SEEK_CUR), s.seek(3, io.SEEK_SET))
print(s.truncate(), repr(s.getvalue()), s.tell())
print(s.truncate(1), repr(s.getvalue()), s.tell())
print(s.truncate(10), repr(s.getvalue()))
s.write("z")
print(repr(s.getvalue()))

# print(..., file=)
out = io.StringIO()
print("a", 1, [2], sep="-", end="|", file=out)
print("b", file=out)
print(repr(out.getvalue()))
with redirect_stdout(io.StringIO()) as buf:
    print("captured", 42)
    sys.stdout.write("direct\n")
print(repr(buf.getvalue()))

# flags and attributes
s = io.StringIO("x")
print(s.readable(), s.writable(), s.seekable(), s.isatty(), s.closed)
print(s.encoding, s.errors, s.line_buffering, s.newlines)
print(isinstance(s, io.TextIOBase), isinstance(s, io.IOBase), isinstance(s, io.BufferedIOBase))

# context manager and closing
with io.StringIO("data") as f:
    print(f.read())
print(f.closed)
for op in (lambda: f.read(), lambda: f.write("x"), lambda: f.getvalue(),
           lambda: f.seek(0), lambda: f.tell(), lambda: iter(f), lambda: f.readable(),
           lambda: next(f)):
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)
f.close()
print("closed twice ok")
try:
    with f:
        pass
except ValueError as e:
    print(type(e).__name__, e)

# errors
s = io.StringIO()
for bad in (lambda: s.write(5), lambda: s.write(b"x"), lambda: s.seek(-1),
            lambda: s.seek(1, 1), lambda: s.seek(1, 2), lambda: s.seek(0, 5),
            lambda: s.truncate(-2), lambda: s.read("3"), lambda: s.seek("0"),
            lambda: s.readline(1.0), lambda: io.StringIO(3),
            lambda: io.StringIO("", newline="x"), lambda: io.StringIO("", newline=1),
            lambda: s.fileno(), lambda: s.detach()):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(s.read(None), s.readline(None), io.StringIO(None).getvalue() == "")

# subclasses
class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
u = Upper()
print("shout", file=u)
print(repr(u.getvalue()))
print(io.StringIO, io.StringIO.__name__, type(u).__mro__[1].__name__)

big = io.StringIO()
for i in range(1000):
    big.write(str(i))
print(len(big.getvalue()), big.getvalue()[-10:])

import io

b = io.BytesIO(b"hello\nworld\n")
print(b.read(5), b.tell(), b.read1(2), b.readline(), b.readline(), b.readline())
b.seek(0)
print(b.readlines(), list(io.BytesIO(b"a\nb")))
print(io.BytesIO(b"1\n22\n333\n").readlines(3))
b = io.BytesIO()
print(b.write(b"abc"), b.write(bytearray(b"def")), b.getvalue(), b.tell())
b.seek(1)
b.write(b"ZZ")
print(b.getvalue())
print(b.seek(-2, io.SEEK_END), b.read(), b.seek(-100, io.SEEK_CUR), b.seek(10))
b.write(b"!")
print(b.getvalue(), b.tell())
print(b.truncate(4), b.getvalue(), b.tell())
b.seek(0)
buf = bytearray(3)
print(b.readinto(buf), buf, b.readinto(buf), buf, b.readinto(buf))
b.writelines([b"x", b"y"])
print(b.getvalue())
print(b.readable(), b.writable(), b.seekable(), b.isatty(), b.closed)
print(isinstance(b, io.BufferedIOBase), isinstance(b, io.IOBase), isinstance(b, io.TextIOBase))
print(io.BytesIO(bytearray(b"ba")).getvalue(), io.BytesIO().getvalue(), io.BytesIO(None).read())
print(io.BytesIO(b"xyz").read(None), io.BytesIO(b"xyz").read(-1), io.BytesIO(b"xyz").read(0))

with io.BytesIO(b"data") as f:
    print(f.read())
print(f.closed)
for op in (lambda: f.read(), lambda: f.write(b"x"), lambda: f.getvalue(),
           lambda: f.seek(0), lambda: f.tell(), lambda: f.readable(), lambda: next(f),
           lambda: f.flush(), lambda: f.truncate()):
    try:
        op()
    except ValueError as e:
        print(type(e).__name__, e)

b = io.BytesIO()
for bad in (lambda: b.write("str"), lambda: b.write(5), lambda: io.BytesIO("s"),
            lambda: b.seek(-1), lambda: b.seek(0, 7), lambda: b.truncate(-1),
            lambda: b.read("x"), lambda: b.readlines("x"), lambda: b.seek(1.5),
            lambda: b.fileno(), lambda: b.detach()):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

# iteration
for line in io.BytesIO(b"l1\nl2\nl3"):
    print(line)
print(io.BytesIO, io.BytesIO.__name__)

import io

print(io.DEFAULT_BUFFER_SIZE, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.open is open)
print(io.UnsupportedOperation.__mro__)

class Raw(io.RawIOBase):
    """Serves bytes from a fixed string, a few at a time."""
    def __init__(self, data, chunk=3):
        self.data = data
        self.pos = 0
        self.chunk = chunk
    def readable(self):
        return True
    def readinto(self, b):
        n = min(len(b), self.chunk, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

r = Raw(b"first line\nsecond\nthird")
print(r.read(5), r.read(), r.read())
r = Raw(b"first line\nsecond\nthird")
print(r.readline(), r.readline(2), r.readlines())
r = Raw(b"abc\ndef\n")
print(list(r), r.readable(), r.writable(), r.seekable(), r.closed)
print(Raw(b"x" * 10, chunk=4).readall())

class Collect(io.RawIOBase):
    def __init__(self):
        self.got = []
    def writable(self):
        return True
    def write(self, b):
        self.got.append(bytes(b))
        return len(b)
c = Collect()
c.writelines([b"a", b"bc"])
print(c.got)

class Closer(io.IOBase):
    def close(self):
        print("Closer.close called, closed =", self.closed)
        super().close()
        print("now closed =", self.closed)
with Closer() as cl:
    print("inside, closed =", cl.closed)
cl.close()

class Flushy(io.IOBase):
    def flush(self):
        print("flush called")
        super().flush()
Flushy().close()

for cls in (io.IOBase, io.RawIOBase, io.BufferedIOBase, io.TextIOBase):
    obj = cls()
    print(cls.__name__)
    for name in ("seek", "truncate", "fileno", "read", "write", "readline", "detach", "tell"):
        meth = getattr(obj, name, None)
        if meth is None:
            print("   no", name)
            continue
        try:
            meth(0) if name in ("seek",) else (meth("x") if name == "write" else meth())
        except io.UnsupportedOperation as e:
            print("  ", name, "UnsupportedOperation", e)
        except Exception as e:
            print("  ", name, type(e).__name__, repr(e))
    for name in ("_checkReadable", "_checkWritable", "_checkSeekable"):
        try:
            getattr(obj, name)()
        except io.UnsupportedOperation as e:
            print("  ", name, e, isinstance(e, OSError), isinstance(e, ValueError))
    print("  ", obj.readable(), obj.writable(), obj.seekable(), obj.isatty(), obj.flush())
    obj.close()
    try:
        obj.flush()
    except ValueError as e:
        print("   after close:", e)

t = io.TextIOBase()
print(t.encoding, t.newlines, t.errors)

class Lines(io.TextIOBase):
    def __init__(self, lines):
        self.lines = list(lines)
    def readline(self, size=-1):
        return self.lines.pop(0) if self.lines else ""
print(list(Lines(["a\n", "b\n"])), Lines(["x\n", "y\n", "z\n"]).readlines(3))

class B(io.BufferedIOBase):
    def read(self, size=-1):
        return b"xy"[:size] if size >= 0 else b"xy"
buf = bytearray(5)
print(B().readinto(buf), buf)

print(issubclass(io.StringIO, io.IOBase), issubclass(io.BytesIO, io.RawIOBase))
import sys
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.IOBase))

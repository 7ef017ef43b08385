import io

def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:
        print(label, "->", type(e).__name__, e)
    else:
        print(label, "->", repr(result))

raw = io.BytesIO("first line\nsecond é line\r\nthird\rfourth".encode("utf-8"))
t = io.TextIOWrapper(raw, encoding="utf-8")
print(repr(t), t.encoding, t.errors, t.line_buffering, t.write_through, t.buffer is raw)
print(t.readable(), t.writable(), t.seekable(), t.closed)
print(repr(t.readline()), repr(t.read(5)), repr(t.readline()), t.newlines)
print(t.readlines(), repr(t.newlines))
print(repr(t.read()), repr(t.readline()))
print(t.seek(0), repr(t.read(3)))
t.seek(0)
print([line for line in t])
attempt("tell after next", lambda: t.tell())
t.seek(0)
print(t.readline(), t.tell(), t.readline(), t.tell())
print(t.seek(0, io.SEEK_END), repr(t.read()))
attempt("seek cur", lambda: t.seek(3, io.SEEK_CUR))
attempt("seek end", lambda: t.seek(-1, io.SEEK_END))
attempt("seek whence", lambda: t.seek(0, 7))
attempt("seek negative", lambda: t.seek(-3))
attempt("write", lambda: t.write("x"))

# newline modes on read
for nl in (None, "", "\n", "\r", "\r\n"):
    r = io.TextIOWrapper(io.BytesIO(b"a\nb\r\nc\rd"), encoding="ascii", newline=nl)
    print(repr(nl), r.readlines(), repr(r.newlines))

# writing
buf = io.BytesIO()
w = io.TextIOWrapper(buf, encoding="utf-8", newline="\r\n")
print(w.write("one\ntwo é\n"), w.tell())
w.writelines(["x\n", "y"])
w.flush()
print(buf.getvalue())
attempt("write bytes", lambda: w.write(b"no"))
attempt("read on write-only?", lambda: w.read())
w2 = io.TextIOWrapper(io.BytesIO(), encoding="latin-1", errors="replace")
w2.write("café ☃")
w2.flush()
print(w2.buffer.getvalue(), w2.errors)
w3 = io.TextIOWrapper(io.BytesIO(), encoding="ascii")
attempt("encode error", lambda: w3.write("ü"))
pending = io.BytesIO()
w4 = io.TextIOWrapper(pending, encoding="utf-8")
w4.write("held back")
print(pending.getvalue(), w4.tell(), pending.getvalue())
lb = io.BytesIO()
w5 = io.TextIOWrapper(lb, encoding="utf-8", line_buffering=True)
w5.write("no newline")
print(lb.getvalue())
w5.write(" now\n")
print(lb.getvalue())

# detach and close
d = io.TextIOWrapper(io.BytesIO(b"data"), encoding="utf-8")
b = d.detach()
print(type(b).__name__, b.read())
attempt("after detach", lambda: d.read())
attempt("repr after detach", lambda: repr(d).startswith("<_io.TextIOWrapper"))
c = io.TextIOWrapper(io.BytesIO(b"zz"), encoding="utf-8")
c.close()
print(c.closed)
attempt("read closed", lambda: c.read())
attempt("bad newline", lambda: io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="x"))
attempt("bad encoding type", lambda: io.TextIOWrapper(io.BytesIO(), encoding=5))

# multibyte characters split across reads of a slow raw stream
class Slow(io.RawIOBase):
    def __init__(self, data):
        self.data = data
    def readable(self):
        return True
    def readinto(self, b):
        if not self.data:
            return 0
        b[0] = self.data[0]
        self.data = self.data[1:]
        return 1

s = io.TextIOWrapper(io.BufferedReader(Slow("é☃x\nnext".encode("utf-8"))), encoding="utf-8")
print(repr(s.readline()), repr(s.read()))
with io.TextIOWrapper(io.BytesIO(b"ctx"), encoding="utf-8") as ctx:
    print(ctx.read())
print(ctx.closed)
print(isinstance(ctx, io.TextIOBase), isinstance(ctx, io.IOBase))

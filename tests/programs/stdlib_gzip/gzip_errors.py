# GzipFile error cases and state handling
import gzip
import io

def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)

w = gzip.GzipFile(fileobj=io.BytesIO(), mode="wb", mtime=0)
attempt("write str", lambda: w.write("abc"))
attempt("write int", lambda: w.write(5))
attempt("read on writer", lambda: w.read())
attempt("readable", w.readable)
attempt("writable", w.writable)
attempt("seekable", w.seekable)
attempt("seek forward", lambda: w.seek(10))
attempt("tell", w.tell)
attempt("seek back", lambda: w.seek(3))
attempt("seek end", lambda: w.seek(0, 2))
attempt("seek cur", lambda: w.seek(5, 1))
w.close()
w.close()
attempt("write closed", lambda: w.write(b"x"))
attempt("closed", lambda: w.closed)

attempt("bad mode", lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="z"))
attempt("text mode", lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="rt"))
attempt("bad level", lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode="wb", compresslevel=12))

r = gzip.GzipFile(fileobj=io.BytesIO(b"not gzip data at all"))
attempt("read bad", r.read)
r = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"x" * 1000, mtime=0)[:30]))
attempt("read truncated", r.read)
r = gzip.GzipFile(fileobj=io.BytesIO(gzip.compress(b"abc", mtime=0)))
attempt("write on reader", lambda: r.write(b"x"))
attempt("seek whence", lambda: r.seek(0, 7))
attempt("read", r.read)
r.close()
attempt("read closed", r.read)
attempt("readline closed", r.readline)

# flush inserts a sync point; data still decodes
buf = io.BytesIO()
g = gzip.GzipFile(fileobj=buf, mode="wb", mtime=0)
g.write(b"part1")
g.flush()
mid = len(buf.getvalue())
g.write(b"part2")
g.close()
print(mid, buf.getvalue().hex())
print(gzip.decompress(buf.getvalue()))

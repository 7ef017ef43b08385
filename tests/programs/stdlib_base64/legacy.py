# encodebytes/decodebytes and the file-based encode/decode.
import base64
import io

data = bytes(range(256)) * 2
enc = base64.encodebytes(data)
lines = enc.split(b"\n")
print(len(enc), len(lines), [len(l) for l in lines[:3]], lines[-2][-10:])
print(base64.decodebytes(enc) == data, base64.encodebytes(b""), base64.encodebytes(b"x" * 57))
print(base64.decodebytes(b"eHh4\neHh4\n"), base64.decodebytes(bytearray(b"YQ==")))
src = io.BytesIO(data)
dst = io.BytesIO()
base64.encode(src, dst)
print(dst.getvalue() == enc)
back = io.BytesIO()
base64.decode(io.BytesIO(enc), back)
print(back.getvalue() == data)
for c in [lambda: base64.encodebytes("x"), lambda: base64.encodebytes(5), lambda: base64.decodebytes("eA=="), lambda: base64.decodebytes(None)]:
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
print(base64.MAXBINSIZE, base64.MAXLINESIZE, sorted(base64.__all__))

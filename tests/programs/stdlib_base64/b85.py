# Ascii85 and Base85.
import base64

for s in [b"", b"h", b"hello", b"hello world", b"\0\0\0\0", b"\0\0\0\0\0", b"    x", b"\xff" * 9]:
    a = base64.a85encode(s)
    b = base64.b85encode(s)
    print(s, a, b, base64.a85decode(a) == s, base64.b85decode(b) == s)
    print("  ", base64.a85encode(s, pad=True), base64.b85encode(s, pad=True), base64.a85encode(s, foldspaces=True))
text = b"Man is distinguished, not only by his reason, but by this singular passion"
wrapped = base64.a85encode(text, wrapcol=20, adobe=True)
print(wrapped)
print(base64.a85decode(wrapped, adobe=True) == text)
print(base64.a85encode(text, wrapcol=7)[:40], base64.a85encode(b"", adobe=True), base64.a85encode(b"ab", adobe=True, wrapcol=1))
print(base64.a85decode(b"BO u!\nrD"), base64.a85decode(b"z"), base64.a85decode(b"y", foldspaces=True), base64.a85decode(b"<~BOu!rD]j7BEbo7~>", adobe=True))
print(base64.a85decode(b"BOu!rD]j7BEbo7~>", adobe=True), base64.a85decode("87cURD]i,\"Ebo80"), base64.a85decode(b"B@", ignorechars=b"@"))
print(base64.b85decode("Xk~0{Zy<MXa%^M"), base64.b85decode(b"X"), base64.b85decode(b"|NsC0"))
for c in [
    lambda: base64.a85decode(b"BOu!rD]j7BEbo7", adobe=True),
    lambda: base64.a85decode(b"Bz"),
    lambda: base64.a85decode(b"B{"),
    lambda: base64.a85decode(b"uuuuu"),
    lambda: base64.a85decode(b"By", foldspaces=True),
    lambda: base64.a85decode(b"s8W-\""),
    lambda: base64.b85decode(b"Xk~0\""),
    lambda: base64.b85decode(b"~~~~~"),
    lambda: base64.b85decode(b"|NsC1"),
    lambda: base64.b85encode("text"),
    lambda: base64.a85decode(3),
]:
    try:
        print(c())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)

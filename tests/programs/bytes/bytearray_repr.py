# bytearray reprs escape every apostrophe; bytes reprs only the enclosing quote.
samples = [b"x'y", b'x"y', b"x'y\"z", b"\\", b"", b"\x00\x7f\x80\xff\n\r\t", b"it's", b"''"]
for s in samples:
    print(repr(s), repr(bytearray(s)), str(bytearray(s)))
print(bytearray(b"a'b").decode(), list(bytearray(b"'")))
print(f"{bytearray(b'q')!r}", "%r" % bytearray(b"'x'"))

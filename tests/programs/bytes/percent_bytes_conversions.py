print(b"%5b|" % b"v", b"%-5b|" % b"v", b"%(a)s" % {b"a": b"v"}, b"%(a)b-%(n)d" % {b"a": b"x", b"n": 3})
print(b"%s %d %x %%" % (b"ab", 5, 255), b"%c" % 65, b"%.2b" % b"abc", bytearray(b"%b") % b"z")

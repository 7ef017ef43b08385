import io

text = "a\nb\rc\r\nd\n\re"
for nl in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO(text, newline=nl)
    print(repr(nl), repr(s.getvalue()), repr(s.newlines))
    print("   lines:", s.readlines())
    s.seek(0)
    print("   iter :", [line for line in s])
    s.seek(0)
    print("   limited:", repr(s.readline(2)), repr(s.readline(1)), repr(s.readline(100)))
    w = io.StringIO(newline=nl)
    print("   write returns", w.write("x\ny\r\n"), w.write("z\r"), w.write("\nw"))
    print("   value", repr(w.getvalue()), repr(w.newlines))

s = io.StringIO(newline=None)
print(s.newlines)
s.write("one\n")
print(repr(s.newlines))
s.write("two\r")
print(repr(s.newlines))
s.write("three\r\n")
print(repr(s.newlines))

s = io.StringIO(newline="")
s.write("x\r\n")
print(repr(s.newlines))
s.write("y\n")
print(repr(s.newlines))

# \r\n split between universal readline calls with newline=""
s = io.StringIO("ab\r\ncd\r", newline="")
print([s.readline() for _ in range(4)])
s = io.StringIO("ab\r\ncd", newline="")
print(repr(s.readline(3)), repr(s.readline()), repr(s.readline()))

# BlockingIOError (and OSError with errno 11) take the characters written as a third argument.
e = BlockingIOError(11, "again", 3)
print(type(e).__name__, str(e), repr(e), e.args, e.errno, e.strerror, e.characters_written, e.filename)
f = BlockingIOError(11, "again", "file")
print(str(f), f.args, f.filename)
g = OSError(11, "again", 3)
print(type(g).__name__, str(g), g.args)
h = BlockingIOError(11, "again")
print(str(h), h.args)

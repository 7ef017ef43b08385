import shlex, io, contextlib
lex = shlex.shlex('a "b"', posix=True)
lex.debug = 3
print(list(lex))
lex = shlex.shlex('x y')
lex.debug = 1
lex.push_token('p')
print(lex.get_token(), lex.get_token())
lex.push_source("q", "f.txt")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    toks = list(lex)
print(toks)
for line in buf.getvalue().splitlines():
    print(line.split(' object at ')[0])

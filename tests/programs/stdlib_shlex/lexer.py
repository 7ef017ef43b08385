import shlex

lex = shlex.shlex('a = b + c; print("hi there") # trailing')
print(list(lex))
lex = shlex.shlex('a = b + c; x', posix=True)
print(list(lex))
lex = shlex.shlex('foo && bar || (baz; qux) > out.txt', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('a&&b||c', posix=True, punctuation_chars=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('~/path/to-file.txt *.py a=b', punctuation_chars=True)
print(list(lex))
lex = shlex.shlex('one two three')
print(lex.get_token(), lex.get_token())
lex.push_token('pushed')
print(lex.get_token(), lex.get_token(), repr(lex.get_token()))
lex = shlex.shlex('x y', posix=True)
print(lex.get_token(), lex.get_token(), lex.get_token())
lex = shlex.shlex('line1\nline2\nline3', posix=True)
for tok in lex:
    print(tok, lex.lineno)
lex = shlex.shlex('abc', infile='conf.txt')
print(lex.error_leader())
print(lex.error_leader('other', 7))
lex = shlex.shlex('a:b:c', posix=True)
lex.whitespace = ':'
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex('key=value other', posix=True)
lex.wordchars += '='
print(list(lex))
lex = shlex.shlex('"a b" \'c d\'')
print(list(lex))
lex = shlex.shlex('"a b" \'c d\'', posix=True)
print(list(lex))
print(lex.eof, repr(shlex.shlex('').eof))
try:
    list(shlex.shlex('"open', posix=True))
except ValueError as e:
    print('ValueError:', e)
try:
    list(shlex.shlex('"open'))
except ValueError as e:
    print('ValueError:', e)
lex = shlex.shlex('#only a comment\nreal')
print(list(lex), lex.lineno)

import shlex, io

# punctuation_chars custom string and property read-only
lex = shlex.shlex('a+b=c', punctuation_chars='+=')
print(lex.punctuation_chars, list(lex))
try:
    lex.punctuation_chars = 'x'
except AttributeError as e:
    print('AttributeError')

# escapes inside double quotes vs single quotes in posix mode
print(shlex.split(r'"a\"b" "c\\d" "e\f" \'g\h\' x\y'))
# commenters in non-posix word continues with next line
lex = shlex.shlex('abc#comment\ndef ghi')
print(list(lex), lex.lineno)
lex = shlex.shlex('abc#comment\ndef ghi', posix=True)
print(list(lex), lex.lineno)
# stream input
lex = shlex.shlex(io.StringIO('from stream "q"'), infile='s.txt', posix=True)
print(list(lex), lex.error_leader())
# source keyword with sourcehook override
class L(shlex.shlex):
    def sourcehook(self, newfile):
        return ('inc', io.StringIO('included words'))
lex = L('before source "other.txt" after')
lex.source = 'source'
print(list(lex))
# punctuation with whitespace_split off in posix
lex = shlex.shlex("cat<in>out 2>&1|tee 'x y'", posix=True, punctuation_chars=True)
print(list(lex))
print(shlex.quote('plain_Word-1.2'), shlex.quote('a b'), shlex.quote("''"))
print(shlex.join(['a', 'b c', '$x']))
print(shlex.split('a "" b', posix=True), shlex.split("a '' b", posix=False))
print(shlex.split('  '), shlex.split('x\\\ny'))
try:
    shlex.split("'abc")
except ValueError as e:
    print(type(e).__name__, e)
lex = shlex.shlex('"x')
try:
    lex.get_token()
except ValueError as e:
    print(type(e).__name__, e)

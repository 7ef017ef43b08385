import shlex

commands = [
    "grep -rn 'def main' src/ | sort -u > out.txt",
    'find . -name "*.py" -exec wc -l {} \\;',
    "ssh host 'echo $HOME && ls -la'",
    'env FOO="a b" BAR=c ./run.sh --flag=value',
    "printf '%s\\n' \"it's\" 'say \"hi\"'",
    'cmd arg\\ with\\ spaces "quoted \\$var" \'$literal\'',
    'a&&b||c;d|e',
    'echo ~/dir/*.txt',
]
for c in commands:
    words = shlex.split(c)
    print(words)
    rebuilt = shlex.join(words)
    print(rebuilt)
    print(shlex.split(rebuilt) == words)

for c in commands[:4]:
    lex = shlex.shlex(c, posix=True, punctuation_chars=True)
    lex.whitespace_split = True
    print(list(lex))

lex = shlex.shlex('a "b c" d', posix=True)
print(lex.get_token(), lex.lineno, lex.get_token(), lex.get_token(), lex.get_token())
lex = shlex.shlex('x\ny\n\nz', posix=True)
seen = []
while True:
    tok = lex.get_token()
    if tok is None:
        break
    seen.append((tok, lex.lineno))
print(seen)
lex = shlex.shlex('first second')
lex.push_source('inner source')
print(list(lex))
lex = shlex.shlex('one;two', posix=True)
lex.commenters = ';'
print(list(lex))
lex = shlex.shlex("mixed 'q' and \"qq\"", posix=False)
lex.quotes = "'"
print(list(lex))
lex = shlex.shlex('a\\ b', posix=True)
lex.escape = ''
print(list(lex))
print(shlex.quote('-rf'), shlex.quote('a\nb'), shlex.quote("'"), shlex.quote('\\'))
print(shlex.join([]), repr(shlex.join([''])))

import shlex

cases = [
    'ls -l /tmp',
    'echo "hello world"',
    "echo 'single quoted' \"double\"",
    'a\\ b c',
    'cmd --opt="x y" z',
    '"escaped \\" quote" \'no \\escape\'',
    '"backslash \\\\ kept \\n"',
    'x # comment here',
    '   leading and trailing   ',
    '',
    'empty "" args \'\'',
    'mixed"quo"ted\'parts\'',
    'tabs\tand\nnewlines',
    'unicode ßäö wörds',
    'a;b|c&&d',
    'foo=bar baz=\'q u x\'',
]
for c in cases:
    print(repr(c), shlex.split(c))
print(shlex.split('x # comment here', comments=True))
print(shlex.split('echo "a b" c', posix=False))
print(shlex.split("it's 'quoted'", posix=False))

for bad in ['echo "unterminated', "it's", 'trailing\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    shlex.split(None)
except ValueError as e:
    print('ValueError:', e)

for s in ['simple', '', 'with space', "it's", 'a"b', '$HOME', 'x=1,y=2:z@w%+./-', 'tab\tch', 'ünï', '*.py', 'semi;colon']:
    print(repr(s), shlex.quote(s))
args = ['rm', '-rf', 'my file.txt', "O'Brien", '']
cmd = shlex.join(args)
print(cmd)
print(shlex.split(cmd) == args)

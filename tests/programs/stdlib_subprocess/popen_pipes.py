import subprocess
from subprocess import Popen, PIPE, DEVNULL

# read everything from stdout
p = Popen(['printf', 'first\\nsecond\\nthird\\n'], stdout=PIPE)
print(p.stdin, p.stderr)
print(p.stdout.read())
print(p.wait(), p.returncode, p.poll())
print(repr(p))

# readline / iteration / readlines
p = Popen(['printf', 'l1\\nl2\\nl3\\nl4\\nl5'], stdout=PIPE)
print(p.stdout.readline())
print(p.stdout.readline(1), p.stdout.readline())
print(p.stdout.readlines())
print(p.stdout.readline())
p.stdout.close()
print(p.stdout.closed, p.wait())

with Popen(['printf', 'x\\ny\\nz\\n'], stdout=PIPE, text=True) as p:
    for line in p.stdout:
        print('got', repr(line))
print(p.returncode, repr(p))

# text mode translates \r\n and \r
with Popen(['printf', 'dos\\r\\nmac\\rend'], stdout=PIPE, text=True) as p:
    print(p.stdout.readlines())
with Popen(['printf', 'dos\\r\\nmac\\rend'], stdout=PIPE, universal_newlines=True) as p:
    print(repr(p.stdout.read()))
with Popen(['printf', 'dos\\r\\nmac\\rend'], stdout=PIPE) as p:
    print(p.stdout.read())

# partial reads
with Popen(['printf', 'abcdefgh'], stdout=PIPE) as p:
    print(p.stdout.read(3), p.stdout.read(2), p.stdout.read())
with Popen(['printf', 'h\u00e9llo w\u00f6rld'], stdout=PIPE, encoding='utf-8') as p:
    print(repr(p.stdout.read(2)), repr(p.stdout.read(4)), repr(p.stdout.read()))

# separate stderr pipe
p = Popen(['sh', '-c', 'echo out1; echo err1 >&2; echo out2; exit 3'], stdout=PIPE, stderr=PIPE)
print(p.stdout.read(), p.stderr.read(), p.wait())
p.stdout.close()
p.stderr.close()

# stdin pipe written then closed
p = Popen(['wc', '-c'], stdin=PIPE, stdout=PIPE)
print(p.stdin.write(b'12345'), p.stdin.write(b'678\n'))
p.stdin.close()
print(p.stdin.closed, int(p.stdout.read()), p.wait())
for meth in ('write', 'flush'):
    try:
        getattr(p.stdin, meth)(*((b'x',) if meth == 'write' else ()))
    except ValueError as e:
        print(meth, type(e).__name__, e)
p.stdout.close()
try:
    p.stdout.read()
except ValueError as e:
    print(type(e).__name__, e)

p = Popen(['cat'], stdin=PIPE, stdout=PIPE, text=True)
print(p.stdin.write('text stdin \u00e9\n'))
p.stdin.writelines(['a\n', 'b\n'])
p.stdin.close()
print(p.stdout.readlines(), p.wait())
try:
    p.stdin.write('late')
except ValueError as e:
    print(type(e).__name__, e)
p.stdout.close()

# context manager waits and closes
with Popen(['sh', '-c', 'read x; echo "got $x"; exit 2'], stdin=PIPE, stdout=PIPE) as p:
    p.stdin.write(b'value\n')
    p.stdin.flush()
    print(p.stdout.readline())
print(p.returncode, p.stdin.closed, p.stdout.closed)

with Popen(['true'], stdout=DEVNULL) as p:
    pass
print(p.returncode, p.args, p.stdout)

import sys
import subprocess
from subprocess import Popen, PIPE

# line by line conversation with a child interpreter
child = r'''
import sys
total = 0
while True:
    line = sys.stdin.readline()
    if not line:
        break
    line = line.strip()
    if line == "quit":
        print("bye", total)
        break
    total += int(line)
    print("sum", total)
    sys.stdout.flush()
'''
with Popen([sys.executable, '-c', child], stdin=PIPE, stdout=PIPE, text=True) as p:
    for n in (3, 4, 10):
        p.stdin.write('%d\n' % n)
        p.stdin.flush()
        print('child says:', p.stdout.readline().rstrip())
    p.stdin.write('quit\n')
    p.stdin.flush()
    print('child says:', p.stdout.readline().rstrip())
    print('eof:', repr(p.stdout.readline()))
print('exit', p.returncode)

# the same with cat in bytes mode
p = Popen(['cat'], stdin=PIPE, stdout=PIPE)
for word in (b'alpha', b'beta', b'gamma'):
    p.stdin.write(word + b'\n')
    p.stdin.flush()
    print(p.stdout.readline())
p.stdin.close()
print(p.stdout.read(), p.wait())
p.stdout.close()

# a shell loop answering questions
script = 'while read a b; do echo "$((a + b))"; done; echo done'
p = Popen(['sh', '-c', script], stdin=PIPE, stdout=PIPE, text=True)
for a, b in [(1, 2), (20, 22), (-5, 5)]:
    print(a, b, file=p.stdin, flush=True)
    print(a, '+', b, '=', p.stdout.readline().strip())
out, err = p.communicate()
print(repr(out), err, p.returncode)

# a mix of interaction and communicate
p = Popen(['sh', '-c', 'read first; echo "first=$first"; cat; echo end >&2'],
          stdin=PIPE, stdout=PIPE, stderr=PIPE)
p.stdin.write(b'one\n')
p.stdin.flush()
print(p.stdout.readline())
print(p.communicate(b'rest\nof input\n'))
try:
    p.communicate(b'more')
except ValueError as e:
    print(type(e).__name__, e)

# stderr and stdout of a python child, echoing stdin
code = 'import sys; data = sys.stdin.read(); print(data.upper(), end=""); print(len(data), file=sys.stderr)'
r = subprocess.run([sys.executable, '-c', code], input='mixed Case\n', capture_output=True, text=True)
print(repr(r.stdout), repr(r.stderr), r.returncode)
r = subprocess.run([sys.executable, '-c', 'import sys; sys.exit(6)'])
print(r.returncode)
r = subprocess.run([sys.executable, '-c', 'raise SystemExit("fatal")'], capture_output=True, text=True)
print(r.returncode, r.stderr.strip())

import subprocess
from subprocess import run, PIPE, DEVNULL, STDOUT

print(PIPE, STDOUT, DEVNULL)

# capture in bytes and in text mode
r = run(['echo', 'hello', 'world'], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)
r = run(['printf', 'a\\nb\\nc'], capture_output=True, text=True)
print(repr(r.stdout), r.stdout.splitlines())
r.check_returncode()

# feeding input
r = run(['tr', 'a-z', 'A-Z'], input=b'shout this\n', stdout=PIPE)
print(r)
r = run(['wc', '-l'], input='1\n2\n3\n', capture_output=True, text=True)
print(int(r.stdout), repr(r.stderr))
r = run(['cat'], input='caf\u00e9 \u2603\n', stdout=PIPE, encoding='utf-8')
print(r.stdout, end='')
r = run(['cat'], input=bytearray(b'from a bytearray\n'), stdout=PIPE)
print(r.stdout)

# DEVNULL and non-captured streams give None
r = run(['cat'], stdin=DEVNULL, stdout=PIPE)
print(r)
r = run(['echo', 'discarded'], stdout=DEVNULL)
print(r)
r = run(['sh', '-c', 'exit 7'])
print(r, r.stdout, r.stderr)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e)

# check_output and friends
print(subprocess.check_output(['echo', 'out']))
print(repr(subprocess.check_output(['echo', 'text out'], text=True)))
print(subprocess.check_output(['cat'], input=b'piped'))
print(repr(subprocess.check_output(['cat'], input=None, text=True)))
print(subprocess.check_output(['sh', '-c', 'echo to-err >&2; echo to-out'], stderr=STDOUT))
print(subprocess.call(['true']), subprocess.call(['false']), subprocess.call(['sh', '-c', 'exit 42']))
print(subprocess.call(['echo', 'quiet'], stdout=DEVNULL))
print(subprocess.check_call(['true']))

# getoutput / getstatusoutput
print(subprocess.getoutput('echo one; echo two'))
print(subprocess.getstatusoutput('echo fine'))
print(subprocess.getstatusoutput('echo bad >&2; exit 3'))
print(subprocess.getstatusoutput('printf "no newline"'))

# CompletedProcess by hand
cp = subprocess.CompletedProcess(['x'], 0)
print(cp, repr(subprocess.CompletedProcess('cmd', 1, 'o', 'e')))
print(subprocess.CompletedProcess[str], subprocess.Popen[bytes])
print(subprocess.list2cmdline(['plain', 'with space', 'q"uote', 'tail\\', 'sp ace\\', '', 'a\\\\"b']))

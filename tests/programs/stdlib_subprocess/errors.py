import os
import subprocess
import tempfile
from subprocess import CalledProcessError, TimeoutExpired, SubprocessError


def show(fn, *args, **kwargs):
    try:
        result = fn(*args, **kwargs)
    except Exception as e:
        print(type(e).__name__, e)
        return e
    print('ok', result)


# exception classes
print(issubclass(CalledProcessError, SubprocessError), issubclass(TimeoutExpired, SubprocessError))
print(issubclass(SubprocessError, Exception))
e = CalledProcessError(2, ['ls', 'x'], output=b'o', stderr=b'e')
print(e, e.returncode, e.cmd, e.output, e.stdout, e.stderr, e.args)
e.stdout = 'changed'
print(e.output)
print(CalledProcessError(-9, 'cmd'))
print(CalledProcessError(-15, ['a', 'b']))
print(CalledProcessError(-2, 'x'))
print(CalledProcessError(-50, 'x'))
print(CalledProcessError(0, 'x'))
t = TimeoutExpired('sleep 9', 1.5, output='partial')
print(t, t.timeout, t.cmd, t.output, t.stdout, t.stderr)
t.stdout = 'x'
print(t.output)

# check=True failures
e = show(subprocess.run, ['sh', '-c', 'echo partial; echo oops >&2; exit 4'], capture_output=True, check=True)
print(e.returncode, e.output, e.stderr)
e = show(subprocess.run, 'exit 5', shell=True, check=True)
print(e.cmd, e.output, e.stderr)
e = show(subprocess.check_output, ['sh', '-c', 'echo so far; exit 1'], text=True)
print(repr(e.output))
e = show(subprocess.check_call, ['false'])
e = show(subprocess.check_call, ['sh', '-c', 'kill -9 $$'])
print(e.returncode)
e = show(subprocess.run, ['sh', '-c', 'kill -TERM $$'], check=True)

# missing programs and directories
show(subprocess.run, ['no-such-program-xyz'])
show(subprocess.Popen, ['no-such-program-xyz', '--flag'])
show(subprocess.check_output, 'echo hi')
r = subprocess.run('no-such-program-xyz 2>/dev/null', shell=True)
print('shell says', r.returncode)
with tempfile.TemporaryDirectory() as tmp:
    try:
        subprocess.run(['true'], cwd=os.path.join(tmp, 'missing'))
    except OSError as e:
        print(type(e).__name__, e.errno, os.path.basename(e.filename))
    path = os.path.join(tmp, 'plain.txt')
    with open(path, 'w') as f:
        f.write('not a program\n')
    try:
        subprocess.run([path])
    except OSError as e:
        print(type(e).__name__, e.errno)

# argument validation
show(subprocess.run, ['cat'], input=b'x', stdin=subprocess.PIPE)
show(subprocess.run, ['true'], capture_output=True, stdout=subprocess.PIPE)
show(subprocess.run, ['true'], capture_output=True, stderr=subprocess.DEVNULL)
show(subprocess.check_output, ['true'], stdout=subprocess.PIPE)
show(subprocess.check_output, ['true'], check=False)
show(subprocess.Popen, ['true'], text=True, universal_newlines=False)
show(subprocess.Popen, ['true'], bufsize='big')
show(subprocess.run, ['echo', 3])
show(subprocess.run, ['cat'], input=b'bytes in text mode', text=True)
show(subprocess.run, ['cat'], input='str in bytes mode', capture_output=True)

import os
import subprocess
import tempfile
from subprocess import run, PIPE

# shell features: pipelines, variables, redirection, exit status
print(run('echo "a b c" | tr " " "\\n" | wc -l', shell=True, capture_output=True, text=True).stdout.strip())
print(run('x=5; echo $((x * 8))', shell=True, stdout=PIPE).stdout)
print(run('exit 3', shell=True).returncode)
print(run(['echo "$0:$1"', 'zero', 'one'], shell=True, capture_output=True, text=True).stdout, end='')
print(run('printf "%s-" one two three', shell=True, capture_output=True).stdout)
print(subprocess.check_output('echo out; echo err 1>&2', shell=True, stderr=subprocess.STDOUT, text=True), end='')
try:
    subprocess.check_output('false || exit 9', shell=True)
except subprocess.CalledProcessError as e:
    print(e)

# environment
env = {'PATH': os.environ.get('PATH', '/usr/bin:/bin'), 'GREETING': 'hello env', 'EMPTY': ''}
r = run(['sh', '-c', 'echo "$GREETING|$EMPTY|${UNSET_VAR-unset}"'], env=env, capture_output=True, text=True)
print(r.stdout, end='')
print(run('echo $ONLY_ME', shell=True, env={'ONLY_ME': 'x1', 'PATH': env['PATH']}, stdout=PIPE).stdout)
os.environ['SUBPROC_TEST_VAR'] = 'inherited'
print(run('echo $SUBPROC_TEST_VAR', shell=True, capture_output=True, text=True).stdout, end='')
env2 = dict(os.environ)
env2['SUBPROC_TEST_VAR'] = 'overridden'
print(run('echo $SUBPROC_TEST_VAR', shell=True, capture_output=True, text=True, env=env2).stdout, end='')
try:
    run(['true'], env={'BAD=NAME': 'x'})
except ValueError as e:
    print(type(e).__name__, e)

# working directory
with tempfile.TemporaryDirectory() as tmp:
    with open(os.path.join(tmp, 'data.txt'), 'w') as f:
        f.write('line one\nline two\n')
    os.mkdir(os.path.join(tmp, 'sub'))
    r = run(['cat', 'data.txt'], cwd=tmp, capture_output=True, text=True)
    print(repr(r.stdout))
    r = run('wc -l < data.txt', shell=True, cwd=tmp, capture_output=True, text=True)
    print(r.stdout.strip())
    r = run(['pwd'], cwd=os.path.join(tmp, 'sub'), capture_output=True, text=True)
    print(os.path.basename(r.stdout.strip()))
    r = run('echo made > new.txt', shell=True, cwd=tmp)
    print(r.returncode, sorted(os.listdir(tmp)))
    with open(os.path.join(tmp, 'new.txt')) as f:
        print(f.read(), end='')
    r = run(['cat', 'missing.txt'], cwd=tmp, capture_output=True)
    print(r.returncode, r.stdout, len(r.stderr) > 0)

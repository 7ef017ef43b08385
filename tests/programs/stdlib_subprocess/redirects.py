import os
import subprocess
import tempfile
from subprocess import run, Popen, PIPE, STDOUT, DEVNULL

# stderr merged into stdout
r = run(['sh', '-c', 'echo 1; echo 2 >&2; echo 3'], stdout=PIPE, stderr=STDOUT)
print(r.stdout, r.stderr)
r = run(['sh', '-c', 'echo out; echo err >&2'], stdout=PIPE, stderr=DEVNULL, text=True)
print(repr(r.stdout), r.stderr)
r = run(['sh', '-c', 'echo out; echo err >&2'], stdout=DEVNULL, stderr=PIPE, text=True)
print(r.stdout, repr(r.stderr))
p = Popen(['sh', '-c', 'echo a; echo b >&2; echo c >&2'], stdout=PIPE, stderr=STDOUT, text=True)
print(p.stderr, p.stdout.readlines(), p.wait())
p.stdout.close()
print(subprocess.check_output('echo x >&2; exit 0', shell=True, stderr=STDOUT))

with tempfile.TemporaryDirectory() as tmp:
    out_path = os.path.join(tmp, 'out.txt')
    # stdout into files opened by Python
    with open(out_path, 'w') as f:
        r = run(['echo', 'written by child'], stdout=f)
        print(r.returncode, r.stdout)
    with open(out_path) as f:
        print(repr(f.read()))
    with open(out_path, 'ab') as f:
        run(['printf', 'appended\\n'], stdout=f)
        run(['sh', '-c', 'echo to-err >&2'], stderr=f)
        run(['sh', '-c', 'echo both; echo merged >&2'], stdout=f, stderr=STDOUT)
    with open(out_path, 'rb') as f:
        print(f.read())
    # stdin from a file
    with open(out_path, 'rb') as f:
        print(run(['wc', '-l'], stdin=f, capture_output=True).stdout.strip())
    with open(out_path) as f:
        print(run(['tr', 'a-z', 'A-Z'], stdin=f, capture_output=True, text=True).stdout, end='')
    with open(out_path) as src, open(os.path.join(tmp, 'copy.txt'), 'w') as dst:
        print(subprocess.call(['cat'], stdin=src, stdout=dst))
    with open(os.path.join(tmp, 'copy.txt')) as f:
        print(len(f.read().splitlines()))
    # Popen with a file as stdout
    with open(out_path, 'w') as f:
        p = Popen(['sh', '-c', 'echo popen to file; exit 4'], stdout=f)
        print(p.wait())
    with open(out_path) as f:
        print(repr(f.read()))

# raw file descriptors from os.pipe
r_fd, w_fd = os.pipe()
p = Popen(['echo', 'through os.pipe'], stdout=w_fd)
os.close(w_fd)
print(p.wait())
data = b''
while True:
    chunk = os.read(r_fd, 100)
    if not chunk:
        break
    data += chunk
os.close(r_fd)
print(data)

r_fd, w_fd = os.pipe()
os.write(w_fd, b'fed via fd\n')
os.close(w_fd)
print(run(['cat'], stdin=r_fd, capture_output=True).stdout)
os.close(r_fd)

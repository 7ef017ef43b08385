import subprocess
from subprocess import Popen, PIPE, TimeoutExpired

# communicate with a timeout, then kill and collect
p = Popen(['sleep', '5'], stdout=PIPE, stderr=PIPE)
try:
    p.communicate(timeout=0.2)
except TimeoutExpired as e:
    print(type(e).__name__, e)
    print(e.cmd, e.timeout, e.output, e.stderr)
print(p.poll())
p.kill()
print(p.communicate(), p.returncode)
print(p.poll(), p.wait())
p.kill()  # no effect after the child was reaped

# output written before the timeout survives the retry
p = Popen(['sh', '-c', 'echo early; exec sleep 5'], stdout=PIPE, text=True)
try:
    p.communicate(timeout=0.3)
except TimeoutExpired as e:
    print('timed out after', e.timeout)
p.terminate()
out, err = p.communicate()
print(repr(out), err, p.returncode)

# wait with a timeout
p = Popen(['sleep', '5'])
try:
    p.wait(timeout=0.1)
except TimeoutExpired as e:
    print(type(e).__name__, e, e.output)
print(p.returncode)
p.send_signal(15)
print(p.wait())

# run kills the child on timeout
try:
    subprocess.run(['sleep', '5'], capture_output=True, timeout=0.2)
except TimeoutExpired as e:
    print(type(e).__name__, e, e.stdout, e.stderr)
try:
    subprocess.run(['sh', '-c', 'echo before; exec sleep 5'], stdout=PIPE, timeout=0.5)
except TimeoutExpired as e:
    print('run timeout', e.timeout, e.stdout)
try:
    subprocess.check_output(['sleep', '5'], timeout=0.2)
except TimeoutExpired as e:
    print(type(e).__name__, e)
try:
    subprocess.call(['sleep', '5'], timeout=0.2)
except TimeoutExpired as e:
    print('call', type(e).__name__, e.cmd)
try:
    subprocess.run('exec sleep 5', shell=True, capture_output=True, text=True, timeout=0.2)
except TimeoutExpired as e:
    print(e)

# fast children finish well within their timeouts
print(subprocess.run(['echo', 'quick'], capture_output=True, timeout=10))
print(subprocess.check_output(['echo', 'fast'], timeout=10, text=True), end='')
p = Popen(['true'])
print(p.wait(timeout=10))
p = Popen(['sh', '-c', 'kill -KILL $$'], stdout=PIPE)
print(p.communicate(timeout=10), p.returncode)
print(repr(p))

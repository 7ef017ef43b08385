import subprocess, time
t = time.time()
try:
    subprocess.run('sleep 3; echo x', shell=True, capture_output=True, timeout=0.2)
except subprocess.TimeoutExpired as e:
    print("timeout", e.timeout)
print(time.time() - t < 2.5)

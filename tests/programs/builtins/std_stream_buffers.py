import sys
sys.stdout.write('text first\n')
n = sys.stdout.buffer.write(b'then bytes\n')
sys.stdout.buffer.flush()
print(n, sys.stdout.buffer.mode, type(sys.stdin.buffer).__name__)
print(sys.stdin.buffer.read())
try:
    sys.stdout.buffer.write('str')
except TypeError as e:
    print(type(e).__name__, e)

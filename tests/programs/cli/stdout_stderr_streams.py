import sys
print('out 1')
print('err 1', file=sys.stderr)
sys.stdout.write('out 2\n')
sys.stderr.write('err 2\n')
print(sys.stdout.encoding, sys.stderr.encoding)
print('unicode ✓ 日本', file=sys.stderr)
print(sys.stdin.read() == '', sys.stdin.readline() == '')

import sys
for i in range(3):
    print('line', i)
sys.stdout.write('partial line without newline')
raise RuntimeError('output must be flushed before the traceback')

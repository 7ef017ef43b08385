import sys
try:
    print('exit with None is success')
    sys.exit()
finally:
    print('finally runs on sys.exit')

import sys
try:
    sys.exit(5)
except SystemExit as e:
    print('caught SystemExit with code', e.code)
def inner():
    sys.exit('message')
try:
    inner()
except SystemExit as e:
    print('caught again:', e.code, repr(e))
print('normal end')

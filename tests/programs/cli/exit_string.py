import sys
print('fatal next')
sys.exit('fatal: configuration missing')

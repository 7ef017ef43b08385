import sys
print('explicit zero')
sys.exit(0)

import sys
sys.path.insert(0, 'helpers')
import failing
print('imported')
failing.explode(3)

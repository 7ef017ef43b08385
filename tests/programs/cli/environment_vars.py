import os, sys
print(os.environ.get('PYTHONHASHSEED'), os.environ.get('PYTHONIOENCODING'))
print(sys.flags.hash_randomization)
print(hash('') == 0, hash(b'') == 0)

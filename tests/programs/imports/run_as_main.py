import sys
sys.path.insert(0, 'mods')
import plainmod
print(__name__ == '__main__', plainmod.__name__)
if __name__ == '__main__':
    print('this file is the main program')
import runpy
ns = runpy.run_path('mods/plainmod.py', run_name='__main__')
print(ns['counter'])

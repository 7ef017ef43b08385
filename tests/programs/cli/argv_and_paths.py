import os, sys
print(sys.argv)
print(__file__.endswith('argv_and_paths.py'), os.path.isabs(__file__))
print(os.path.basename(sys.path[0]), os.path.basename(os.getcwd()))
print(sys.argv[0] == os.path.basename(__file__))
print(__name__)

"""Entry point of "python -m unittest": discover or load tests and run them."""

import os
import sys

__unittest = True

if sys.argv[0].endswith('__main__.py'):
    # Name the command as it was typed in the help output, e.g.
    # "python3 -m unittest"; the interpreter was most likely found on PATH.
    sys.argv[0] = os.path.basename(sys.executable) + ' -m unittest'

from .main import main

main(module=None)

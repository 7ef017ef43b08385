# The command line interface (python -m doctest [-v] [-o FLAG] [-f] FILE...),
# driven in-process through the function that `-m doctest` calls.
import doctest
import io
import os
import sys
import tempfile

CALC = '''"""Calculator helpers.

>>> add(2, 3)
5
"""


def add(a, b):
    """
    >>> add(1, 1)
    2
    >>> add('a', 'b')
    'ab'
    """
    return a + b


def div(a, b):
    """
    >>> div(7, 2)
    3.5
    >>> div(1, 3)
    0.333...
    >>> div(9, 3)
    3
    """
    return a / b
'''

NOTES = """Notes file
----------

>>> x = [3, 1, 2]
>>> sorted(x)
[1, 2, 3]
>>> x.sort(); x
[1, 2, 3]
"""

BAD_NOTES = """
>>> 'a' * 3
'aaaa'
>>> 1 + 1
3
"""


def run(folder, *args):
    saved = sys.argv, sys.stdout, sys.stderr
    sys.argv = ['doctest'] + list(args)
    out, err = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr = out, err
    try:
        status = doctest._test()
    except SystemExit as e:
        status = e.code
    finally:
        sys.argv, sys.stdout, sys.stderr = saved
    print('exit status:', status)
    print(out.getvalue().replace(folder + os.sep, ''), end='')
    return err.getvalue()


start = os.getcwd()
with tempfile.TemporaryDirectory() as folder:
    folder = os.path.realpath(folder)
    os.chdir(folder)
    with open(os.path.join(folder, 'calc.py'), 'w') as f:
        f.write(CALC)
    with open(os.path.join(folder, 'notes.txt'), 'w') as f:
        f.write(NOTES)
    with open(os.path.join(folder, 'bad_notes.txt'), 'w') as f:
        f.write(BAD_NOTES)

    print("== module with failures ==")
    run(folder, 'calc.py')
    print("== with -o ELLIPSIS ==")
    run(folder, '-o', 'ELLIPSIS', 'calc.py')
    print("== with -o ELLIPSIS -o DONT_ACCEPT_TRUE_FOR_1 and -f ==")
    run(folder, '-f', '-o', 'ELLIPSIS', '-o', 'DONT_ACCEPT_TRUE_FOR_1', 'calc.py')
    print("== verbose text file ==")
    run(folder, '-v', 'notes.txt')
    print("== quiet passing text file ==")
    run(folder, 'notes.txt')
    print("== several files, stops at the first failing one ==")
    run(folder, 'bad_notes.txt', 'notes.txt')
    print("== bad option ==")
    err = run(folder, '-o', 'BOGUS', 'notes.txt')
    print('invalid choice' in err)
    err = run(folder)
    print('required' in err)
    os.chdir(start)

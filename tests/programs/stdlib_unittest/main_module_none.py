# unittest.main(module=None) as used by "python -m unittest": the help text with both
# example lists and the discover options, test names given as dotted names or file paths,
# "discover" with positional and optional arguments, and default discovery.
import io
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))


def run_main(label, argv, **kwargs):
    print('===', label)
    saved_out, saved_err = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = capture = io.StringIO()
    kwargs.setdefault('testLoader', unittest.TestLoader())
    try:
        program = unittest.main(module=None, argv=argv, **kwargs)
        status = 'no exit'
    except SystemExit as e:
        program = None
        status = 'exit %r' % (e.code,)
    finally:
        sys.stdout, sys.stderr = saved_out, saved_err
    text = re.sub(r' in \d+\.\d\d\ds\n', ' in X.XXXs\n', capture.getvalue().replace(HERE, ''))
    # The import error's traceback runs through the loader's own code (paths and
    # lines of the installation); keep only its first and last lines.
    text = re.sub(r'(Traceback \(most recent call last\):\n)(?:  .*\n)+', r'\1  ...\n', text)
    print(text, end='')
    print(status)
    return program


run_main('help', ['python -m unittest', '-h'])
run_main('discover help', ['python -m unittest', 'discover', '--help'])
run_main('dotted names', ['prog', '-v', 'helpers.sample_tests.Alpha', 'helpers.sample_tests.Beta.test_only'])
run_main('file path', ['prog', 'helpers/sample_tests.py'], exit=False)
run_main('absolute file path', ['prog', os.path.join(HERE, 'helpers', 'sample_tests.py')])
run_main('discover positional', ['prog', 'discover', 'helpers/discovery/pkg', 'test_*.py', '.', '-v'])
run_main('DISCOVER upper case', ['prog', 'DISCOVER', '-s', 'helpers/discovery/pkg', '-t', '.', '-p', '*_inner.py', '-q'])
run_main('discover pattern matching nothing', ['prog', 'discover', '-s', 'helpers/discovery/pkg', '-t', '.', '-p', 'nothing*.py'])
run_main('bad discover option', ['prog', 'discover', '--frobnicate'])
run_main('unknown module', ['prog', 'no_such_module_xyz'])
p = run_main('-k with discovery', ['prog', 'discover', '-s', 'helpers/discovery/pkg', '-t', '.', '-k', 'inner_a'], exit=False)
print(p.testNamePatterns, p.start, p.pattern, p.top, p.verbosity)
p = run_main('failfast and buffer fixed by caller', ['prog', 'helpers.sample_tests'], exit=False,
             failfast=True, buffer=False, catchbreak=False, verbosity=0)
print(p.failfast, p.buffer, p.catchbreak, p.testNames)
run_main('-f not accepted when fixed', ['prog', '-f', 'helpers.sample_tests'], failfast=False)

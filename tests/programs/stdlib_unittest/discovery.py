# Test discovery: TestLoader.discover and `unittest.main(module=None)` with "discover": which
# files and packages are imported, load_tests in packages, import errors and SkipTest.
import io
import os
import re
import sys
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def ids(suite):
    for test in suite:
        if isinstance(test, unittest.TestSuite):
            yield from ids(test)
        else:
            yield test.id()


loader = unittest.TestLoader()
suite = loader.discover('helpers/discovery', top_level_dir='.')
for test_id in ids(suite):
    print(test_id)
print(suite.countTestCases(), len(loader.errors))
print(loader.errors[0].replace(HERE, '').splitlines()[0])
print(loader.errors[0].replace(HERE, '').splitlines()[-1])

stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(suite)
text = stream.getvalue().replace(HERE, '')
print(re.sub(r' in \d+\.\d\d\ds\n', ' in X.XXXs\n', text).split('\n\n')[0])
print(result.testsRun, len(result.errors), len(result.failures), len(result.skipped))

print('=== pattern')
loader = unittest.TestLoader()
print(list(ids(loader.discover('helpers/discovery', pattern='*inner.py', top_level_dir='.'))))

print('=== main with discover')
saved = sys.stderr
sys.stderr = io.StringIO()
try:
    unittest.main(module=None, exit=False, testLoader=unittest.TestLoader(),
                  argv=['prog', 'discover', '-s', 'helpers/discovery/pkg', '-t', '.', '-v'])
finally:
    text = sys.stderr.getvalue().replace(HERE, '')
    sys.stderr = saved
print(re.sub(r' in \d+\.\d\d\ds\n', ' in X.XXXs\n', text), end='')

print('=== not importable')
try:
    unittest.TestLoader().discover('helpers/discovery/not_a_package', top_level_dir='.')
except ImportError as e:
    print('ImportError:', str(e).replace(HERE, ''))
